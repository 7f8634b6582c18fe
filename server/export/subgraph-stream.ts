// One stream of export rows — every node first, then every relationship — read in batches and turned into the
// two batch streams the writers read in turn. Sources are looked up a batch of rows at a time, a few batches
// ahead of the one being written, so the lookups overlap the writing and each other; nothing but those batches
// is held, and, when relationship rows name their ends by element id alone, each node's key (a few MiB at 30k
// nodes).
import type { Record as Neo4jRecord, Node } from 'neo4j-driver';
import { edgeKey } from '../../contract/index.ts';
import { keyOf } from '../db/node-key.ts';
import { nodeKey } from '../graph/model.ts';
import type { ArticleEvidence, ArticleMap } from './article-evidence.ts';
import { type ExportEdge, type ExportGraph, type ExportNode, exportNode } from './export-graph.ts';
import { edgeSourcing, nodeSourcing, reportedIds } from './sourcing.ts';

/** What every export query returns: a node row has `n`; a relationship row has the rest. */
export interface SubgraphRow {
  n: Node | null;
  reports: unknown;
  type: string | null;
  props: Record<string, unknown> | null;
  sourceLabels: string[] | null;
  sourceId: unknown;
  sourceElement: string;
  targetLabels: string[] | null;
  targetId: unknown;
  targetElement: string;
}

/** A batch of rows as nodes and edges with their sources; a batch holds edges only once every node is read. */
export interface SubgraphBatch {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/**
 * Rows per sources lookup: large enough to share articles and keep the lookups few (each is a query whose
 * socket writes cost the API more than its rows: 2,000 rows and fetches of 1,000, rather than 500 each, took
 * about 14 % off a 115k export's CPU), small enough to stay a few MiB.
 */
export const BATCH_ROWS = 2000;
/**
 * Lookups in flight ahead of the batch being written. One lookup is a round trip to the database (~10 ms on a
 * loaded machine): with one ahead, a 140k export of 500-row batches waited on ~700 of them in turn. Two ahead
 * hold as many rows as four of 500 did.
 */
const LOOKUPS_AHEAD = 2;

/** Keys of the nodes a stream has given, by element id, for relationship rows that name their ends so. */
export type NodeKeys = Map<string, string>;

/**
 * The article ids a batch names, pushed straight into one array (no list per row: every row comes here); and
 * each node's key, remembered in the order the rows arrive (lookups may end out of order).
 */
function idsOf(records: readonly Neo4jRecord<SubgraphRow>[], keys: NodeKeys | undefined): string[] {
  const ids: string[] = [];
  for (const record of records) {
    const n = record.get('n');
    if (n) {
      keys?.set(n.elementId, nodeKey(n));
      for (const id of reportedIds(record.get('reports'))) ids.push(id);
      continue;
    }
    const sources = record.get('props')?.sources;
    if (Array.isArray(sources)) for (const id of sources) ids.push(String(id));
  }
  return ids;
}

/**
 * An end's key: from its labels and id when the row has them, else the key the stream made for it (the ego and
 * keys queries give every node before any relationship, and name the ends by element id alone).
 */
function endKey(labels: string[] | null, id: unknown, element: string, keys: NodeKeys | undefined): string {
  if (labels !== null) return keyOf(labels, id, element);
  const key = keys?.get(element);
  if (key === undefined) throw new Error(`An export row names node ${element} before the stream gave it.`);
  return key;
}

function edgeOf(
  record: Neo4jRecord<SubgraphRow>,
  articles: ArticleMap,
  keys: NodeKeys | undefined,
): ExportEdge {
  const type = record.get('type') ?? '';
  const raw = record.get('props') ?? {};
  const source = endKey(
    record.get('sourceLabels'),
    record.get('sourceId'),
    record.get('sourceElement'),
    keys,
  );
  const target = endKey(
    record.get('targetLabels'),
    record.get('targetId'),
    record.get('targetElement'),
    keys,
  );
  const { sourceCount, evidence } = edgeSourcing(raw.sources, articles);
  return { key: edgeKey(type, source, target), type, source, target, raw, sourceCount, evidence };
}

function batchOf(
  records: readonly Neo4jRecord<SubgraphRow>[],
  articles: ArticleMap,
  keys: NodeKeys | undefined,
): SubgraphBatch {
  const batch: SubgraphBatch = { nodes: [], edges: [] };
  for (const record of records) {
    const n = record.get('n');
    if (n)
      batch.nodes.push(exportNode(n, nodeSourcing(record.get('reports'), articles), keys?.get(n.elementId)));
    else batch.edges.push(edgeOf(record, articles, keys));
  }
  return batch;
}

/**
 * Batches of rows to nodes and edges with their sources, the lookups of the next batches running meanwhile.
 * `keys` (an empty map) when relationship rows name their ends by element id alone: the nodes' keys go there.
 */
export async function* withSources(
  records: AsyncIterable<readonly Neo4jRecord<SubgraphRow>[]>,
  articles: ArticleEvidence,
  keys?: NodeKeys,
): AsyncGenerator<SubgraphBatch> {
  const ahead: Promise<SubgraphBatch>[] = [];
  for await (const batch of records) {
    const next = articles.lookUp(idsOf(batch, keys)).then((found) => batchOf(batch, found, keys));
    // Awaited in turn below; marked handled now, so a failure while earlier batches are written is not "unhandled".
    next.catch(() => undefined);
    ahead.push(next);
    const oldest = ahead.length > LOOKUPS_AHEAD ? ahead.shift() : undefined;
    if (oldest) yield await oldest;
  }
  for (const batch of ahead) yield await batch;
}

type Phased = Pick<ExportGraph, 'nodes' | 'edges' | 'close'>;

/**
 * The writers read `nodes()` to its end and then `edges()`: the stream is opened once, and the node phase hands
 * it, with the first edges it read, to the edge phase. `edges()` alone (CSV of relationships) opens it and skips
 * the nodes; `close()` ends a stream whose edges were never read.
 */
export function nodesThenEdges(open: () => AsyncGenerator<SubgraphBatch>): Phased {
  let handedOver: { stream: AsyncGenerator<SubgraphBatch>; first: ExportEdge[] } | undefined;
  let ended = false;
  return {
    nodes: async function* () {
      const stream = open();
      let keep = false;
      try {
        for (;;) {
          const next = await stream.next();
          if (next.done) break;
          const { nodes, edges } = next.value;
          if (nodes.length > 0) yield nodes;
          if (edges.length > 0) {
            handedOver = { stream, first: edges };
            keep = true;
            return;
          }
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
          if (next.value.edges.length > 0) yield next.value.edges;
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
