// One stream of export rows — every node first, then every relationship — turned into the two streams the
// writers read in turn. Sources are looked up a batch of rows at a time, a few batches ahead of the one being
// written, so the lookups overlap the writing and each other; nothing but those batches is held.
import type { Record as Neo4jRecord, Node } from 'neo4j-driver';
import { edgeKey } from '../../contract/index.ts';
import { keyOf } from '../db/node-key.ts';
import type { ArticleEvidence, ArticleMap } from './article-evidence.ts';
import { type ExportEdge, type ExportGraph, type ExportNode, exportNode } from './export-graph.ts';
import { edgeSourcing, nodeSourcing, reportedIds, sourceIds } from './sourcing.ts';

/** What every export query returns: a node row has `n`; a relationship row has the rest. */
export interface SubgraphRow {
  n: Node | null;
  reports: unknown;
  type: string | null;
  props: Record<string, unknown> | null;
  sourceLabels: string[];
  sourceId: unknown;
  sourceElement: string;
  targetLabels: string[];
  targetId: unknown;
  targetElement: string;
}

export type SubgraphItem = { node: ExportNode } | { edge: ExportEdge };

/** Rows per sources lookup: large enough to share articles, small enough to stay a few MiB. */
const BATCH_ROWS = 500;
/**
 * Lookups in flight ahead of the batch being written. One lookup is a round trip to the database (~10 ms on a
 * loaded machine), longer than writing 500 rows: with one ahead, a 140k export waited on ~700 of them in turn.
 */
const LOOKUPS_AHEAD = 4;

function idsOf(record: Neo4jRecord<SubgraphRow>): string[] {
  return record.get('n') ? reportedIds(record.get('reports')) : sourceIds(record.get('props')?.sources);
}

function itemOf(record: Neo4jRecord<SubgraphRow>, articles: ArticleMap): SubgraphItem {
  const n = record.get('n');
  if (n) return { node: exportNode(n, nodeSourcing(record.get('reports'), articles)) };
  const type = record.get('type') ?? '';
  const raw = record.get('props') ?? {};
  const source = keyOf(record.get('sourceLabels'), record.get('sourceId'), record.get('sourceElement'));
  const target = keyOf(record.get('targetLabels'), record.get('targetId'), record.get('targetElement'));
  return {
    edge: {
      key: edgeKey(type, source, target),
      type,
      source,
      target,
      raw,
      ...edgeSourcing(raw.sources, articles),
    },
  };
}

async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Rows to nodes and edges with their sources, the lookups of the next batches running while one is written. */
export async function* withSources(
  records: AsyncIterable<Neo4jRecord<SubgraphRow>>,
  articles: ArticleEvidence,
): AsyncGenerator<SubgraphItem> {
  const ahead: Promise<SubgraphItem[]>[] = [];
  for await (const batch of inBatches(records, BATCH_ROWS)) {
    const next = articles
      .lookUp(batch.flatMap(idsOf))
      .then((found) => batch.map((record) => itemOf(record, found)));
    // Awaited in turn below; marked handled now, so a failure while earlier batches are written is not "unhandled".
    next.catch(() => undefined);
    ahead.push(next);
    const oldest = ahead.length > LOOKUPS_AHEAD ? ahead.shift() : undefined;
    if (oldest) yield* await oldest;
  }
  for (const batch of ahead) yield* await batch;
}

type Phased = Pick<ExportGraph, 'nodes' | 'edges' | 'close'>;

/**
 * The writers read `nodes()` to its end and then `edges()`: the stream is opened once, and the node phase hands
 * it, with the first edge it read, to the edge phase. `edges()` alone (CSV of relationships) opens it and skips
 * the nodes; `close()` ends a stream whose edges were never read.
 */
export function nodesThenEdges(open: () => AsyncGenerator<SubgraphItem>): Phased {
  let handedOver: { stream: AsyncGenerator<SubgraphItem>; first: ExportEdge } | undefined;
  let ended = false;
  return {
    nodes: async function* () {
      const stream = open();
      let keep = false;
      try {
        for (;;) {
          const next = await stream.next();
          if (next.done) break;
          if ('edge' in next.value) {
            handedOver = { stream, first: next.value.edge };
            keep = true;
            return;
          }
          yield next.value.node;
        }
        ended = true;
      } finally {
        if (!keep) await stream.return(undefined);
      }
    },
    edges: async function* () {
      if (ended) return;
      const taken = handedOver;
      handedOver = undefined;
      const stream = taken?.stream ?? open();
      try {
        if (taken) yield taken.first;
        for (;;) {
          const next = await stream.next();
          if (next.done) return;
          if ('edge' in next.value) yield next.value.edge;
        }
      } finally {
        await stream.return(undefined);
      }
    },
    close: async () => {
      const taken = handedOver;
      handedOver = undefined;
      await taken?.stream.return(undefined);
    },
  };
}
