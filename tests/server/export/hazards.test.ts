// Exports of a corpus full of hazards (tests/server/export/synthetic-corpus.ts) in a throw-away Neo4j: read
// back by xmllint, networkx, graphology and Python's csv with every name, label, number and source intact;
// a cut or interrupted export detected by the CLI and by a client reading the HTTP stream; the Cypher
// script loaded twice into the emptied database (same graph, nothing created the second time).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interopDefault } from '../../../client/graph/interop.ts';
import { repoRoot } from '../../../scripts/local-neo4j/paths.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { toJson } from '../../../server/db/to-json.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { startLocalTestNeo4j } from '../../support/test-database.ts';
import { waitFor } from '../../support/wait-for.ts';
import { python, validGexf } from './python.ts';
import { CORPUS_LABELS, VISIBLE, writeSyntheticCorpus } from './synthetic-corpus.ts';

const Graph = interopDefault(graphology);
const PUBLIC = `graph=1&labels=${CORPUS_LABELS}`;

const READ_BACK = `import networkx, json, sys, math
path = sys.argv[1]
g = networkx.read_gexf(path, version="1.3") if path.endswith(".gexf") else networkx.read_graphml(path)
p = g.nodes["Actor:p1"]
kind = lambda d: d.get("type", d.get("neo4j_type"))
e = [d for _, _, d in g.edges(data=True) if d.get("prop_type") == "prop-type"][0]
print(json.dumps({
  "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "labels": p["labels"],
  "renamed": [p["prop_label"], p["prop_type"], p["prop_key"], p["source"]],
  "big": str(p["big"]), "bigIsInt": isinstance(p["big"], int), "huge": p["huge"], "wholeIsFloat": isinstance(p["whole"], float),
  "nan": math.isnan(p["nan"]), "inf": math.isinf(p["inf"]) and p["inf"] > 0, "aliases": json.loads(p["aliases"]),
  "edgeType": kind(e), "edgeProps": [e["prop_label"], e["prop_key"], e["prop_source"], e["prop_target"]],
  "metWith": sum(1 for _, _, d in g.edges(data=True) if kind(d) == "MET_WITH"),
}))`;

const EXPECTED_READ_BACK = {
  nodes: VISIBLE.nodes,
  edges: VISIBLE.edges,
  labels: ':Actor:Person',
  renamed: ['Person-ish', 'typed', 'k', 'src'],
  big: '9007199254740993',
  bigIsInt: true,
  huge: 1e21,
  wholeIsFloat: true,
  nan: true,
  inf: true,
  aliases: ['A', 'B, “C”'],
  edgeType: 'ATTENDED',
  edgeProps: ['prop-label', 'prop-key', 'prop-source', 'prop-target'],
  metWith: 3,
};

interface Run {
  code: number | null;
  stderr: string;
}

function exportCli(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<Run>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
  return { child, done };
}

// Generous per-test time: the suite's machine is shared, and each new export query is planned once.
describe('exports of a corpus full of hazards', { timeout: 180_000 }, () => {
  let db: Awaited<ReturnType<typeof startLocalTestNeo4j>>;
  let driver: Driver;
  let app: TestApp;
  let env: NodeJS.ProcessEnv;
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-hazards-'));

  beforeAll(async () => {
    // APOC reads its settings from system properties too: file import, which apoc.import.graphml checks even
    // for bytes, is turned on for this throw-away instance only (the JVM reads JAVA_TOOL_OPTIONS at start).
    process.env.JAVA_TOOL_OPTIONS = '-Dapoc.import.file.enabled=true';
    try {
      db = await startLocalTestNeo4j();
    } finally {
      delete process.env.JAVA_TOOL_OPTIONS;
    }
    driver = createDriver(db.connection);
    await writeSyntheticCorpus(driver);
    app = await startTestApp({ connection: db.connection });
    env = {
      NEO4J_URI: db.connection.uri,
      NEO4J_USER: db.connection.user,
      NEO4J_PASSWORD: db.connection.password,
      NEO4J_DATABASE: db.connection.database,
    };
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await driver?.close();
    await db?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(query: string): Promise<string> {
    const response = await fetch(`${app.url}/api/export?${query}`);
    expect(response.status).toBe(200);
    return response.text();
  }

  function save(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  /** Terminates the running export's transaction (its query names the Filler label) once it shows up. */
  async function terminateFillerExport(): Promise<void> {
    await waitFor(
      async () => {
        const { records } = await driver.executeQuery(
          `SHOW TRANSACTIONS YIELD transactionId, currentQuery
           WHERE currentQuery CONTAINS 'Filler' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
           RETURN transactionId`,
        );
        const ids = records.map((record) => String(record.get('transactionId')));
        if (ids.length === 0) return false;
        await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
        return true;
      },
      { timeoutMs: 30_000, what: 'the export transaction' },
    );
  }

  it('GEXF (schema-valid) and GraphML read back in networkx with names, labels and numbers intact', async () => {
    const gexf = save('hazards.gexf', await download(`format=gexf&${PUBLIC}`));
    await validGexf(gexf);
    expect(await python(READ_BACK, gexf)).toEqual(EXPECTED_READ_BACK);
    const graphml = save('hazards.graphml', await download(`format=graphml&${PUBLIC}`));
    expect(await python(READ_BACK, graphml)).toEqual(EXPECTED_READ_BACK);
  });

  it('GEXF and GraphML read back in graphology with parallel edges apart and lists as lists', async () => {
    const gexf = parseGexf(MultiDirectedGraph, await download(`format=gexf&${PUBLIC}`));
    expect([gexf.order, gexf.size]).toEqual([VISIBLE.nodes, VISIBLE.edges]);
    expect(gexf.getNodeAttribute('Actor:p1', 'aliases')).toEqual(['A', 'B, “C”']);
    expect(
      gexf
        .edges('Actor:p1', 'Person:p2')
        .map((edge) => gexf.getEdgeAttribute(edge, 'kind'))
        .sort(),
    ).toEqual(['CRITICISED', 'MET_WITH', 'MET_WITH', 'MET_WITH']);
    const graphml = parseGraphml(MultiDirectedGraph, await download(`format=graphml&${PUBLIC}`));
    expect([graphml.order, graphml.size]).toEqual([VISIBLE.nodes, VISIBLE.edges]);
    expect(graphml.getNodeAttribute('Actor:p1', 'labels')).toBe(':Actor:Person');
  });

  it('JSON keeps every fact’s visible sources only, with quotes and inferred titles marked', async () => {
    const graph = Graph.from(JSON.parse(await download(`format=json&${PUBLIC}`)));
    expect([graph.order, graph.size]).toEqual([VISIBLE.nodes, VISIBLE.edges]);
    expect(graph.hasNode('Person:p3') || graph.hasNode('Article:syn-draft') || graph.hasNode('User:u1')).toBe(
      false,
    );
    expect(graph.getNodeAttributes('Meeting:m1')).toMatchObject({
      sourceCount: 1,
      evidence: [
        { article: 'syn-a1', title: 'Russia’s “deal”', quote: 'They met “today”.', published: '2025-01-01' },
      ],
    });
    const attended = graph.findEdge('Actor:p1', 'Meeting:m1', () => true);
    expect(graph.getEdgeAttributes(attended)).toMatchObject({
      sourceCount: 2,
      evidence: [
        { article: 'syn-a1', titleInferred: false },
        { article: 'syn-a2', title: 'An inferred title', titleInferred: true, outlet: 'Wire' },
      ],
    });
    expect(graph.getEdgeAttribute(attended, 'properties')).toMatchObject({
      type: 'prop-type',
      label: 'prop-label',
    });
    const corroborated = Graph.from(JSON.parse(await download(`format=json&${PUBLIC}&minSources=2`)));
    expect(corroborated.hasNode('Meeting:m1')).toBe(false);
    expect(corroborated.hasNode('Actor:p1')).toBe(true);
  });

  it('CSV reads in Python csv with unique headers, a defused formula and curly quotes intact', async () => {
    const script = `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
header = rows[0]
byKey = {r[0]: dict(zip(header, r)) for r in rows[1:]}
print(json.dumps({"unique": len(set(header)) == len(header), "header": header, "p1": byKey.get("Actor:p1", {}).get("name"), "p2": byKey.get("Person:p2", {}).get("name"), "rows": len(rows) - 1}))`;
    const nodes = await python(script, save('nodes.csv', await download(`format=csv&part=nodes&${PUBLIC}`)));
    expect(nodes).toMatchObject({
      unique: true,
      p1: '\'=HYPERLINK("http://x")',
      p2: 'Zoë “Curly” O’Neil',
      rows: VISIBLE.nodes,
    });
    const edges = await python(script, save('edges.csv', await download(`format=csv&part=edges&${PUBLIC}`)));
    expect(edges).toMatchObject({ unique: true, rows: VISIBLE.edges });
    expect(edges.header).toEqual(
      expect.arrayContaining(['key', 'source', 'target', 'type', 'prop_type', 'prop_source']),
    );
  });

  it('the CLI ends a Cypher export cut at --max-rows with exit status 3, and the file says so', async () => {
    const out = join(dir, 'cut.json');
    const { done } = exportCli(
      ['--format', 'json', '--cypher', 'MATCH (n:Filler) RETURN n', '--max-rows', '10', '--out', out],
      env,
    );
    const run = await done;
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/truncated: .*--max-rows 10/);
    const graph = Graph.from(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.order).toBe(10);
    expect(graph.getAttribute('truncated')).toBe(true);
  });

  it('the CLI refuses an unwritable --out in one line', async () => {
    const run = await exportCli(['--format', 'json', '--graph', '--out', '/nonexistent/x.json'], env).done;
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^export: cannot write --out \/nonexistent\/x\.json/),
    ]);
  });

  it('an export interrupted mid-stream is aborted: the HTTP reader sees a broken body, not an end', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      request(`${app.url}/api/export?format=graphml&graph=1&labels=Filler`, resolve)
        .on('error', reject)
        .end();
    });
    expect(response.statusCode).toBe(200);
    // Listening from the start: the abort may come while the reader is paused.
    let received = '';
    const reading = new Promise<void>((resolve, reject) => {
      response.on('data', (chunk: Buffer) => {
        // The first chunk, then no more until resumed: the server blocks on a full socket, its transaction open.
        if (received === '') response.pause();
        received += chunk.toString();
      });
      response.once('end', resolve);
      response.once('error', reject);
      // A connection closed before the terminating chunk is the abort, whether or not 'error' comes first.
      response.once('close', () => (response.complete ? resolve() : reject(new Error('aborted'))));
    });
    reading.catch(() => undefined);
    await waitFor(() => received.length > 0, { what: 'the first chunk' });
    await terminateFillerExport();
    response.resume();
    await expect(reading).rejects.toThrow(/aborted|ECONNRESET|terminated/i);
    expect(response.complete).toBe(false);
    expect(received.length).toBeGreaterThan(0);
    expect(received).not.toContain('</graphml>');
  });

  it('an export interrupted mid-stream makes the CLI fail and remove its partial file', async () => {
    const out = join(dir, 'interrupted.graphml');
    execFileSync('mkfifo', [out]);
    const { done } = exportCli(['--format', 'graphml', '--graph', '--labels', 'Filler', '--out', out], env);
    // A pipe as the output file: the CLI blocks once it is full, with its transaction open.
    const reader = createReadStream(out);
    const first = await new Promise<Buffer>((resolve) =>
      reader.once('data', (chunk) => resolve(Buffer.from(chunk))),
    );
    reader.pause();
    expect(first.length).toBeGreaterThan(0);
    await terminateFillerExport();
    reader.resume();
    reader.on('data', () => {});
    const run = await done;
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('the Cypher script loads twice into the emptied database: the same graph, nothing created twice', async () => {
    const snapshot = async () => {
      const { records } = await driver.executeQuery(
        `MATCH (n) WHERE NOT n:Filler AND NOT n:User AND n.retracted IS NULL AND NOT (n:Article AND n.status <> 'published')
         WITH collect(n) AS ns
         UNWIND ns AS n
         RETURN 'node' AS kind, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props
         UNION ALL
         MATCH (a)-[r]->(b) WHERE NOT a:Filler AND NOT a:User AND a.retracted IS NULL AND b.retracted IS NULL
           AND NOT (b:Article AND b.status <> 'published')
         RETURN 'rel' AS kind, [a.id, type(r), b.id] AS labels, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`,
      );
      const canonical = (value: unknown) =>
        JSON.stringify(value, (_k, v) =>
          Array.isArray(v) && v.every((x) => Array.isArray(x)) ? [...v].sort() : v,
        );
      return records.map((record) => canonical(toJson(record.toObject()))).sort();
    };
    const script = await download(`format=cypher&${PUBLIC}`);
    const source = await snapshot();
    expect(source.length).toBe(VISIBLE.nodes + VISIBLE.edges);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT/);
    const load = async () => {
      let created = 0;
      for (const statement of statements) {
        const { summary } = await driver.executeQuery(statement);
        const counters = summary.counters.updates();
        created += counters.nodesCreated + counters.relationshipsCreated + counters.labelsAdded;
      }
      return created;
    };
    expect(await load()).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(source);
    expect(await load()).toBe(0);
    expect(await snapshot()).toEqual(source);
  });

  it('apoc.import.graphml reads our GraphML into an empty database: labels, types, typed properties', async () => {
    const graphml = await download(`format=graphml&${PUBLIC}`);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    // The text goes in as bytes made by APOC itself (a driver byte array may arrive as a list here).
    await driver.executeQuery(
      "CALL apoc.import.graphml(apoc.util.compress($text, {compression: 'NONE'}), {readLabels: true})",
      { text: graphml },
    );
    const { records } = await driver.executeQuery(
      `MATCH (p {id: 'p1'})
       RETURN labels(p) AS labels, valueType(p.big) AS bigType, p.big = 9007199254740993 AS bigExact,
         p.aliases AS aliases, p.prop_label AS renamed,
         COUNT { (p)-[:MET_WITH]->() } AS metWith, COUNT { (p)-[:CRITICISED]->() } AS criticised,
         COUNT { ()-[:REPORTED_IN]->() } AS reported, COUNT { (n) } AS nodes`,
    );
    expect(toJson(records[0]?.toObject())).toMatchObject({
      labels: expect.arrayContaining(['Actor', 'Person']),
      bigType: 'INTEGER NOT NULL',
      bigExact: true,
      aliases: ['A', 'B, “C”'],
      renamed: 'Person-ish',
      metWith: 3,
      criticised: 1,
      reported: 1,
      nodes: VISIBLE.nodes,
    });
  });
});
