// Export vs APOC (issue 14): GraphML and GEXF of an ego subgraph through the API against APOC's streamed
// GraphML of the same node set (median of a few runs each, interleaved), and the API server's peak RSS
// exporting a subgraph about ten times smaller vs the large one, each in a fresh server process.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../server/config.ts';
import { cypherFile, integerFragment, labelFragment } from '../server/db/cypher-files.ts';
import { visibilityParams } from '../server/export/sourcing.ts';
import { type ApiChild, memoryOf, startApiChild } from './api-child.ts';
import { type BenchRow, ratioRow } from './table.ts';

export interface ExportVsApocOptions {
  /** Wanted relationships in the large subgraph (the timed one). */
  relationships: number;
  /** Timed runs per side; the median counts. */
  runs: number;
}

interface Subgraph {
  id: string;
  depth: number;
  relationships: number;
}

interface Timed {
  ms: number;
  bytes: number;
}

const egoQuery = cypherFile(import.meta.url, '../server/export/queries/ego-subgraph.cypher');
// Exports get 6× the Cypher timeout; on the shared machine a large one may need more than 6 × 10 s.
const SERVER_ENV = { RATE_LIMIT_EXPORT_PER_MINUTE: '10000', CYPHER_TIMEOUT_MS: '60000' };

async function countEdges(driver: Driver, id: string, depth: number): Promise<number> {
  // Relationship rows are the ones with a type.
  const query = `CALL () { ${egoQuery.fill({ label: labelFragment('Person'), depth: integerFragment(depth, 1, 3) })} } RETURN count(type) AS n`;
  const result = await driver.executeQuery(query, { ...visibilityParams(), id });
  return Number(result.records[0]?.get('n') ?? 0);
}

/** Ego networks of persons of several hub ranks at depth 1 and 2; sizes counted with the export's own query. */
async function candidates(driver: Driver, log: (line: string) => void): Promise<Subgraph[]> {
  const found: Subgraph[] = [];
  for (const [rank, depth] of [
    [0, 1],
    [1, 1],
    [3, 1],
    [10, 1],
    [30, 1],
    [100, 1],
    [300, 1],
    [0, 2],
    [3, 2],
    [10, 2],
    [30, 2],
    [100, 2],
    [300, 2],
  ] as const) {
    const id = `syn-person-${rank}`;
    found.push({ id, depth, relationships: await countEdges(driver, id, depth) });
  }
  log(`export vs APOC: candidates ${found.map((s) => `${s.id}/${s.depth}=${s.relationships}`).join(', ')}`);
  return found.filter((s) => s.relationships > 0);
}

function closest(found: readonly Subgraph[], target: number): Subgraph {
  const distance = (s: Subgraph) => Math.abs(Math.log(s.relationships / target));
  const best = [...found].sort((a, b) => distance(a) - distance(b))[0];
  if (!best) throw new Error('no ego network to export');
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One export read to its end; `identity`, since fetch asks for gzip by default and APOC's stream is plain. */
async function exportOnce(api: ApiChild, subgraph: Subgraph, format: string): Promise<Timed> {
  const start = performance.now();
  const response = await fetch(
    `${api.url}/api/export?ego=Person:${subgraph.id}&depth=${subgraph.depth}&format=${format}`,
    { headers: { 'accept-encoding': 'identity' } },
  );
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
  return { ms: performance.now() - start, bytes };
}

const apocQuery = readFileSync(new URL('./cypher/apoc-export-ego-visible.cypher', import.meta.url), 'utf8');

/** APOC's GraphML, streamed (no file: apoc.export.file.enabled is not needed), read to its end. */
async function apocOnce(
  driver: Driver,
  subgraph: Subgraph,
): Promise<Timed & { nodes: number; relationships: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 500 });
  const start = performance.now();
  let bytes = 0;
  let nodes = 0;
  let relationships = 0;
  try {
    const query = apocQuery.replaceAll('__DEPTH__', integerFragment(subgraph.depth, 1, 3));
    const result = session.run(query, { ...visibilityParams(), id: subgraph.id });
    for await (const record of result) {
      bytes += String(record.get('data') ?? '').length;
      nodes = Math.max(nodes, Number(record.get('nodeCount')));
      relationships = Math.max(relationships, Number(record.get('relationships')));
    }
  } finally {
    await session.close();
  }
  return { ms: performance.now() - start, bytes, nodes, relationships };
}

/** The export's own query through the bare driver, records read and dropped: the database's share. */
async function queryOnce(driver: Driver, subgraph: Subgraph): Promise<number> {
  const fragments = { label: labelFragment('Person'), depth: integerFragment(subgraph.depth, 1, 3) };
  const start = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 500 });
  try {
    for await (const record of session.run(egoQuery.fill(fragments), {
      ...visibilityParams(),
      id: subgraph.id,
    }))
      record.get(0);
  } finally {
    await session.close();
  }
  return performance.now() - start;
}

interface Memory {
  /** VmHWM of the server process after the export (RSS high-water, from /proc). */
  peakMb: number;
  /** VmRSS just before the export, after one tiny warm-up export. */
  baseMb: number;
}

/** A fresh server, warmed with a one-node export, then one GraphML export: its RSS high-water mark. */
async function serverPeak(connection: Neo4jConnection, warm: Subgraph, subgraph: Subgraph): Promise<Memory> {
  const api = await startApiChild(connection, SERVER_ENV);
  try {
    await exportOnce(api, warm, 'graphml');
    const baseMb = memoryOf(api.pid).rssMb;
    await exportOnce(api, subgraph, 'graphml');
    return { peakMb: memoryOf(api.pid).peakMb, baseMb };
  } finally {
    await api.stop();
  }
}

export async function benchExportVsApoc(
  driver: Driver,
  connection: Neo4jConnection,
  options: ExportVsApocOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const found = await candidates(driver, log);
  const large = closest(found, options.relationships);
  const small = closest(found, large.relationships / 10);
  const tiny = [...found].sort((a, b) => a.relationships - b.relationships)[0] ?? small;
  const name = (s: Subgraph) => `ego ${s.id} depth ${s.depth} (${s.relationships.toLocaleString('en')} rels)`;
  log(`export vs APOC: timed ${name(large)}; memory ${name(small)} vs ${name(large)}`);

  const times: Record<'graphml' | 'gexf' | 'bare' | 'apoc' | 'queries', number[]> = {
    graphml: [],
    gexf: [],
    bare: [],
    apoc: [],
    queries: [],
  };
  const api = await startApiChild(connection, SERVER_ENV);
  let apocCounts = { nodes: 0, relationships: 0 };
  try {
    // One untimed round warms the server's JIT and Neo4j's page cache and plan cache for every side.
    await exportOnce(api, large, 'graphml');
    await exportOnce(api, large, 'gexf');
    await apocOnce(driver, large);
    for (let run = 0; run < options.runs; run++) {
      for (const format of ['graphml', 'gexf', 'bare'] as const) {
        // `bare`: GraphML without the sources (withEvidence=false), the content APOC's export has.
        const timed = await exportOnce(api, large, format === 'bare' ? 'graphml&withEvidence=false' : format);
        times[format].push(timed.ms);
        log(
          `export vs APOC: run ${run + 1} ${format} ${timed.ms.toFixed(0)} ms, ${(timed.bytes / 1e6).toFixed(1)} MB`,
        );
      }
      const apoc = await apocOnce(driver, large);
      times.apoc.push(apoc.ms);
      apocCounts = { nodes: apoc.nodes, relationships: apoc.relationships };
      times.queries.push(await queryOnce(driver, large));
      log(
        `export vs APOC: run ${run + 1} apoc ${apoc.ms.toFixed(0)} ms, ${(apoc.bytes / 1e6).toFixed(1)} MB ` +
          `(${apoc.nodes} nodes, ${apoc.relationships} rels)`,
      );
    }
  } finally {
    await api.stop();
  }
  const smallMemory = await serverPeak(connection, tiny, small);
  const largeMemory = await serverPeak(connection, tiny, large);
  log(
    `export vs APOC: server RSS small ${smallMemory.baseMb.toFixed(0)} → peak ${smallMemory.peakMb.toFixed(0)} MiB; ` +
      `large ${largeMemory.baseMb.toFixed(0)} → peak ${largeMemory.peakMb.toFixed(0)} MiB`,
  );

  const at = `(${large.relationships.toLocaleString('en')} rels, median of ${options.runs})`;
  const apocMs = median(times.apoc) / 1000;
  const within = (limit: number) => ({ text: `≤ ${limit}×`, ok: (ratio: number) => ratio <= limit });
  const sizes = `${small.relationships.toLocaleString('en')} → ${large.relationships.toLocaleString('en')} rels`;
  return [
    ratioRow(
      `export GraphML ${at}: time vs APOC graphml stream`,
      median(times.graphml) / 1000,
      apocMs,
      's',
      within(1.5),
    ),
    ratioRow(
      `export GEXF ${at}: time vs APOC graphml stream`,
      median(times.gexf) / 1000,
      apocMs,
      's',
      within(1.5),
    ),
    ratioRow(
      `export GraphML without sources (withEvidence=false) ${at}: time vs APOC graphml stream`,
      median(times.bare) / 1000,
      apocMs,
      's',
    ),
    ratioRow(
      `export's own query, bare driver ${at}: time vs APOC graphml stream`,
      median(times.queries) / 1000,
      apocMs,
      's',
    ),
    {
      metric: 'export vs APOC: same subgraph (APOC nodes / rels)',
      actorgraph: `${large.relationships} rels`,
      reference: `${apocCounts.nodes} nodes / ${apocCounts.relationships} rels`,
      target: 'rels equal',
      pass: apocCounts.relationships === large.relationships,
    },
    ratioRow(
      `export GraphML: server peak RSS (VmHWM), ${sizes}`,
      largeMemory.peakMb,
      smallMemory.peakMb,
      'MiB',
      within(1.2),
    ),
    ratioRow(
      `export GraphML: server RSS growth above its warm baseline, ${sizes}`,
      largeMemory.peakMb - largeMemory.baseMb,
      smallMemory.peakMb - smallMemory.baseMb,
      'MiB',
    ),
  ];
}
