// PROFILE of an export by keys on a synthetic corpus: the key queries as they were before issue 10 (an
// AllNodesScan per key) against the lookup through each label's id constraint. Prints db hits and time.
//   npx tsx bench/keys-lookup.profile.ts [--relationships 100000] [--keys 1000] [--runs 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver, Record as Neo4jRecord, ProfiledPlan } from 'neo4j-driver';
import { cypherFile, labelFragment } from '../server/db/cypher-files.ts';
import { startBenchNeo4j } from './instance.ts';
import { npmRun } from './npm-run.ts';

const { values } = parseArgs({
  options: {
    relationships: { type: 'string', default: '100000' },
    keys: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'usage: npx tsx bench/keys-lookup.profile.ts [--relationships 100000] [--keys 1000] [--runs 3]',
  );
  process.exit(0);
}

const before = {
  missing: cypherFile(import.meta.url, './cypher/keys-by-scan-missing.cypher').fill(),
  nodes: cypherFile(import.meta.url, './cypher/keys-by-scan-nodes.cypher').fill(),
  edges: cypherFile(import.meta.url, './cypher/keys-by-scan-edges.cypher').fill(),
};
const after = {
  lookup: cypherFile(import.meta.url, '../server/db/node-lookup.cypher'),
  subgraph: cypherFile(import.meta.url, '../server/export/queries/keys-subgraph.cypher').fill(),
};

type Ref = { label: string; id: string };
type Run = (query: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/** What an export by keys runs: the unknown-key check (404), then the nodes, then the edges. */
async function byScan(run: Run, refs: Ref[]): Promise<string> {
  await run(before.missing, { refs });
  const nodes = await run(before.nodes, { refs });
  const edges = await run(before.edges, { refs });
  return `${nodes.length} nodes, ${edges.length} edges`;
}

async function byIndex(run: Run, refs: Ref[]): Promise<string> {
  const found: (Ref & { elementId: string })[] = [];
  for (const label of new Set(refs.map((ref) => ref.label))) {
    const ids = refs.filter((ref) => ref.label === label).map((ref) => ref.id);
    const records = await run(after.lookup.fill({ label: labelFragment(label) }), { ids });
    for (const record of records)
      found.push({ label, id: record.get('id'), elementId: record.get('elementId') });
  }
  // One query now: node rows (with `n`) first, then relationship rows.
  const rows = await run(after.subgraph, { refs: found });
  const nodes = rows.filter((row) => row.get('n') !== null).length;
  return `${nodes} nodes, ${rows.length - nodes} edges`;
}

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

async function measure(driver: Driver, path: typeof byScan, refs: Ref[], runs: number) {
  let hits = 0;
  const answer = await path(async (query, params) => {
    const result = await driver.executeQuery(`PROFILE ${query}`, params);
    if (result.summary.profile) hits += dbHits(result.summary.profile);
    return result.records;
  }, refs);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await path(async (query, params) => (await driver.executeQuery(query, params)).records, refs);
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  return { answer, hits, ms: Math.round(median) };
}

/** Keys spread over every label, picked by a fixed shuffle so that runs compare. */
async function sampleKeys(driver: Driver, count: number): Promise<Ref[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN labels(n)[0] AS label, n.id AS id ORDER BY id',
  );
  const all = records.map((record) => ({ label: String(record.get('label')), id: String(record.get('id')) }));
  let seed = 42;
  for (let i = all.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [all[i], all[j]] = [all[j] as Ref, all[i] as Ref];
  }
  return all.slice(0, count);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const corpus = mkdtempSync(join(tmpdir(), 'actorgraph-keys-'));
const bench = await startBenchNeo4j(log);
try {
  npmRun(['generate-corpus', '--', '--relationships', values.relationships, '--seed', '42', '--out', corpus]);
  const { uri, user, password } = bench.connection;
  npmRun(['bulk-load', '--', corpus], { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
  const refs = await sampleKeys(bench.driver, Number(values.keys));
  const runs = Number(values.runs);
  console.log(`export by ${refs.length} keys, ${values.relationships} relationships, median of ${runs} runs`);
  for (const [name, path] of [
    ['before (scan per key)', byScan],
    ['after (index seek per key)', byIndex],
  ] as const) {
    const { answer, hits, ms } = await measure(bench.driver, path, refs, runs);
    console.log(
      `${name.padEnd(28)} ${String(hits).padStart(12)} db hits ${String(ms).padStart(8)} ms  (${answer})`,
    );
  }
} finally {
  await bench.remove();
  rmSync(corpus, { recursive: true, force: true });
}
