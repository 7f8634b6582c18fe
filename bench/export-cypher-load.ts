// `npx tsx bench/export-cypher-load.ts [nodes]`: how fast the Cypher script export loads into an empty Neo4j,
// batched (today's format) vs one statement per node and relationship (the format before issue 14), on a
// synthetic graph of `nodes` nodes and as many relationships (default 10 000 + 10 000 = 20k statements).
// Runs its own throw-away Neo4j; each load starts from an emptied database.
import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { exportGraphFor } from '../server/export/export.service.ts';
import type { ExportGraph } from '../server/export/export-graph.ts';
import { streamSink } from '../server/export/export-sink.ts';
import {
  cypherLiteral,
  cypherName,
  cypherString,
  writeCypherScript,
} from '../server/export/formats/cypher-script.ts';
import { startLocalTestNeo4j } from '../tests/support/test-database.ts';

const nodes = Number(process.argv[2] ?? 10_000);

async function collect(write: (sink: ReturnType<typeof streamSink>) => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  await write(streamSink(out));
  return chunks.join('');
}

async function every<T>(batches: AsyncIterable<readonly T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const batch of batches) items.push(...batch);
  return items;
}

/** The script as it was written before: a MERGE per node, a MATCH … MERGE per relationship. */
async function perRowScript(graph: ExportGraph): Promise<string> {
  const lines: string[] = [];
  for (const node of await every(graph.nodes())) {
    const props = Object.entries(node.raw).map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`);
    lines.push(
      `MERGE (n:${cypherName(node.labels[0] ?? 'Node')} {id: ${cypherString(String(node.raw.id))}}) SET n += {${props.join(', ')}};`,
    );
  }
  for (const edge of await every(graph.edges())) {
    const [a, b] = [edge.source, edge.target].map((key) => key.slice(key.indexOf(':') + 1));
    const [la, lb] = [edge.source, edge.target].map((key) => key.slice(0, key.indexOf(':')));
    lines.push(
      `MATCH (a:${cypherName(la ?? '')} {id: ${cypherString(a ?? '')}}), (b:${cypherName(lb ?? '')} {id: ${cypherString(b ?? '')}}) MERGE (a)-[:${cypherName(edge.type)}]->(b);`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function load(driver: Driver, script: string): Promise<{ statements: number; ms: number }> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
  const start = performance.now();
  for (const statement of statements) await driver.executeQuery(statement);
  return { statements: statements.length, ms: performance.now() - start };
}

const db = await startLocalTestNeo4j();
const driver = createDriver(db.connection);
try {
  await driver.executeQuery(
    `UNWIND range(1, $n) AS i CREATE (:Person {id: 'p' + i, name: 'Person ' + i, aliases: ['P' + i], born: 1900 + i % 100})`,
    { n: neo4j.int(nodes) },
  );
  await driver.executeQuery('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE');
  await driver.executeQuery(
    `UNWIND range(1, $n) AS i MATCH (a:Person {id: 'p' + i}), (b:Person {id: 'p' + (i % $n + 1)})
     CREATE (a)-[:KNOWS {since: 2000 + i % 20, sources: ['x']}]->(b)`,
    { n: neo4j.int(nodes) },
  );
  const config = { ...loadConfig(), neo4j: db.connection };
  const graph = () =>
    exportGraphFor(
      { driver, config },
      { kind: 'graph', labels: [], types: [] },
      { withEvidence: false, minSources: 0, maxRows: 1 },
    );
  const batched = await collect(async (sink) => writeCypherScript(await graph(), sink));
  const perRow = await perRowScript(await graph());
  const old = await load(driver, perRow);
  const now = await load(driver, batched);
  const rate = (r: { statements: number; ms: number }) =>
    `${r.statements} statements in ${(r.ms / 1000).toFixed(1)} s`;
  console.log(`per-row script (before): ${rate(old)}`);
  console.log(`batched script (now):    ${rate(now)}`);
  console.log(`speed-up: ${(old.ms / now.ms).toFixed(1)}× (${nodes} nodes + ${nodes} relationships)`);
} finally {
  await driver.close();
  await db.remove();
}
