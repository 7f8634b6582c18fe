// Export: GraphML and JSON of an ego subgraph through the API (time, server peak memory) vs APOC and the bare driver.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../server/config.ts';
import { cypherFile, integerFragment, labelFragment } from '../server/db/cypher-files.ts';
import { visibilityParams } from '../server/export/sourcing.ts';
import { memoryOf, startApiChild } from './api-child.ts';
import { type BenchRow, ratioRow } from './table.ts';

const run = promisify(execFile);

interface Subgraph {
  id: string;
  depth: number;
  relationships: number;
}

interface Measured {
  ms: number;
  bytes: number;
  /** Peak resident memory above the process's resident memory just before the export. */
  peakMb: number;
}

const egoQuery = cypherFile(import.meta.url, '../server/export/queries/ego-subgraph.cypher');

async function countEdges(driver: Driver, id: string, depth: number): Promise<number> {
  // Relationship rows are the ones with a type.
  const query = `CALL () { ${egoQuery.fill({ label: labelFragment('Person'), depth: integerFragment(depth, 1, 3) })} } RETURN count(type) AS n`;
  const result = await driver.executeQuery(query, { ...visibilityParams(), id });
  return Number(result.records[0]?.get('n') ?? 0);
}

/** Ego networks of hubs, picked by size: one near the wanted size and one about ten times smaller. */
async function pickSubgraphs(driver: Driver, wanted: number): Promise<[Subgraph, Subgraph]> {
  const candidates: Subgraph[] = [];
  for (const [rank, depth] of [
    [0, 1],
    [3, 1],
    [30, 1],
    [200, 1],
    [0, 2],
  ] as const) {
    const id = `syn-person-${rank}`;
    candidates.push({ id, depth, relationships: await countEdges(driver, id, depth) });
  }
  const closest = (target: number) =>
    [...candidates].sort(
      (a, b) => Math.abs(Math.log(a.relationships / target)) - Math.abs(Math.log(b.relationships / target)),
    )[0] as Subgraph;
  const large = closest(wanted);
  return [large, closest(large.relationships / 10)];
}

async function viaApi(connection: Neo4jConnection, subgraph: Subgraph, format: string): Promise<Measured> {
  const api = await startApiChild(connection, { RATE_LIMIT_EXPORT_PER_MINUTE: '1000' });
  try {
    const before = memoryOf(api.pid).rssMb;
    const start = performance.now();
    const response = await fetch(
      `${api.url}/api/export?ego=Person:${subgraph.id}&depth=${subgraph.depth}&format=${format}`,
    );
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
    const ms = performance.now() - start;
    return { ms, bytes, peakMb: memoryOf(api.pid).peakMb - before };
  } finally {
    await api.stop();
  }
}

async function viaChild(connection: Neo4jConnection, mode: string, subgraph: Subgraph): Promise<Measured> {
  const script = new URL('./export-child.ts', import.meta.url).pathname;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', script, mode, subgraph.id, String(subgraph.depth)],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
      },
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    ms: number;
    bytes: number;
    peakMb: number;
  };
  return result;
}

export async function benchExport(
  driver: Driver,
  connection: Neo4jConnection,
  wantedRelationships: number,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const [large, small] = await pickSubgraphs(driver, wantedRelationships);
  const label = (s: Subgraph) => `ego ${s.id} depth ${s.depth}, ${s.relationships.toLocaleString('en')} rels`;
  log(`export: large = ${label(large)}; small = ${label(small)}`);
  const rows: BenchRow[] = [];
  const results: Record<string, Measured> = {};
  for (const [name, subgraph] of [
    ['large', large],
    ['small', small],
  ] as const) {
    for (const format of ['graphml', 'json'])
      results[`${name} ${format}`] = await viaApi(connection, subgraph, format);
  }
  const apoc = await viaChild(connection, 'apoc', large);
  const bare = await viaChild(connection, 'driver', large);
  for (const [key, value] of Object.entries({ ...results, apoc, bare })) {
    log(
      `export ${key}: ${value.ms.toFixed(0)} ms, ${(value.bytes / 1e6).toFixed(1)} MB out, peak +${value.peakMb.toFixed(0)} MiB`,
    );
  }
  const at = `(${large.relationships.toLocaleString('en')} rels)`;
  const largeGraphml = results['large graphml'] as Measured;
  const largeJson = results['large json'] as Measured;
  rows.push(
    ratioRow(
      `export GraphML ${at}: time vs APOC graphml stream`,
      largeGraphml.ms / 1000,
      apoc.ms / 1000,
      's',
    ),
    ratioRow(`export JSON ${at}: time vs raw driver stream`, largeJson.ms / 1000, bare.ms / 1000, 's'),
    ratioRow(`export GraphML ${at}: time vs raw driver stream`, largeGraphml.ms / 1000, bare.ms / 1000, 's'),
    ratioRow(
      `export GraphML: server peak RSS, ${large.relationships} vs ${small.relationships} rels`,
      largeGraphml.peakMb,
      (results['small graphml'] as Measured).peakMb,
      'MiB',
      {
        text: 'flat (≤ 1.5×)',
        ok: (ratio) => ratio <= 1.5,
      },
    ),
    ratioRow(
      `export JSON: server peak RSS, ${large.relationships} vs ${small.relationships} rels`,
      largeJson.peakMb,
      (results['small json'] as Measured).peakMb,
      'MiB',
      {
        text: 'flat (≤ 1.5×)',
        ok: (ratio) => ratio <= 1.5,
      },
    ),
    ratioRow(
      `export GraphML ${at}: peak RSS, server vs raw-driver client`,
      largeGraphml.peakMb,
      bare.peakMb,
      'MiB',
    ),
  );
  return rows;
}
