// The subsets read straight from the database and streamed, uncapped: named keys, an ego network, and the
// whole public graph (filtered by labels, relationship types, time window, minSources).
import { parallelEdgeKey } from '../../contract/index.ts';
import type { CypherContext } from '../cypher/user-query.ts';
import { cypherFile, integerFragment, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { IDENTIFIER } from '../db/node-key.ts';
import { requireFoundNodes, requireNodes } from '../db/vocabulary.ts';
import { invalid } from '../errors.ts';
import { ArticleEvidence } from './article-evidence.ts';
import { type DeclaredProperties, declaredProperties, freshVocabulary } from './declared-properties.ts';
import type { Batches, ExportEdge, ExportGraph } from './export-graph.ts';
import { recordBatches } from './record-batches.ts';
import { EXPORT_TIMEOUT_FACTOR, type ExportOptions, visibilityParams } from './sourcing.ts';
import {
  BATCH_ROWS,
  nodesThenEdges,
  type SubgraphBatch,
  type SubgraphRow,
  withSources,
} from './subgraph-stream.ts';

const queries = {
  keys: cypherFile(import.meta.url, './queries/keys-subgraph.cypher'),
  ego: cypherFile(import.meta.url, './queries/ego-subgraph.cypher'),
  graphNodes: cypherFile(import.meta.url, './queries/graph-nodes.cypher'),
  graphEdges: cypherFile(import.meta.url, './queries/graph-edges.cypher'),
};

export interface GraphFilter {
  labels: string[];
  types: string[];
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Relationships reported by fewer visible articles than asked are left out (their sources are known here), and
 * parallel ones keyed apart. They arrive next to each other (the queries sort so), so only the last base key
 * and how often it came need remembering: memory stays flat however many edges stream past. The edges are this
 * export's own objects, so the key is set in place (one object less per edge).
 */
async function* keptEdges(minSources: number, batches: Batches<ExportEdge>): AsyncGenerator<ExportEdge[]> {
  let last = '';
  let seen = 0;
  for await (const batch of batches) {
    const kept: ExportEdge[] = [];
    for (const edge of batch) {
      if (minSources > 0 && edge.sourceCount !== null && edge.sourceCount < minSources) continue;
      seen = edge.key === last ? seen + 1 : 1;
      last = edge.key;
      edge.key = parallelEdgeKey(edge.key, seen);
      kept.push(edge);
    }
    if (kept.length > 0) yield kept;
  }
}

/**
 * The subset's queries, run one after the other as one stream of rows: every node row, then every relationship
 * row (one query that walks the subset once, or a node query and a relationship query). `endsByElementId`: the
 * relationship rows name their ends by element id alone (the one-walk queries), so the stream keeps node keys.
 */
function streamedGraph(
  context: CypherContext,
  subset: string,
  decls: DeclaredProperties,
  plan: string[],
  params: Record<string, unknown>,
  options: ExportOptions,
  endsByElementId: boolean,
): ExportGraph {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  const allParams = { ...visibilityParams(options.minSources), ...params };
  const articles = new ArticleEvidence(context, timeout);
  const phased = nodesThenEdges(
    (): AsyncGenerator<SubgraphBatch> =>
      withSources(
        recordBatches<SubgraphRow>(context, plan, allParams, timeout, BATCH_ROWS),
        articles,
        endsByElementId ? new Map() : undefined,
      ),
  );
  return {
    subset,
    undirected: false,
    truncatedAt: null,
    withEvidence: options.withEvidence,
    labels: decls.labels,
    nodeProperties: decls.node,
    edgeProperties: decls.edge,
    nodes: phased.nodes,
    edges: () => keptEdges(options.minSources, phased.edges()),
    close: phased.close,
  };
}

export async function keysGraph(
  context: CypherContext,
  keys: string[],
  options: ExportOptions,
): Promise<ExportGraph> {
  const params = { refs: await requireFoundNodes(context, keys) };
  const plan = [queries.keys.fill()];
  return streamedGraph(context, 'nodes', await declaredProperties(context), plan, params, options, true);
}

export async function egoGraph(
  context: CypherContext,
  key: string,
  depth: number,
  options: ExportOptions,
): Promise<ExportGraph> {
  const [ref] = await requireNodes(context, [key]);
  if (!ref) throw new Error('unreachable: one key resolves to one node');
  const fragments = { label: labelFragment(ref.label), depth: integerFragment(depth, 1, 3) };
  const name = `ego-${ref.label}-${ref.id}-${depth}`.replace(/[^\w.-]+/g, '_');
  const plan = [queries.ego.fill(fragments)];
  return streamedGraph(context, name, await declaredProperties(context), plan, { id: ref.id }, options, true);
}

/** Labels and types asked for must exist (400 naming the unknown ones); none asked means all public ones. */
function chosen(asked: string[], known: string[], what: string): string[] {
  const unknown = asked.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw invalid(`Unknown ${what}: ${unknown.join(', ')}`, { unknown, known: [...known].sort() });
  }
  return (asked.length > 0 ? asked : known).filter((name) => IDENTIFIER.test(name)).sort();
}

export async function wholeGraph(
  context: CypherContext,
  filter: GraphFilter,
  options: ExportOptions,
): Promise<ExportGraph> {
  const vocabulary = await freshVocabulary(context);
  const labels = chosen(filter.labels, vocabulary.labels, 'label(s)');
  const types = chosen(filter.types, vocabulary.types, 'relationship type(s)');
  // Label and type names were checked against the database's own (chosen) and pass IDENTIFIER.
  const plan = [
    ...(labels.length === 0 ? [] : [queries.graphNodes.fill({ label: labels.map(labelFragment).join('|') })]),
    ...(types.length === 0 ? [] : [queries.graphEdges.fill({ types: relationshipTypesFragment(types) })]),
  ];
  const params = {
    labels: filter.labels.length > 0 ? labels : [],
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  const name =
    filter.labels.length + filter.types.length > 0 || filter.from || filter.to ? 'graph-filtered' : 'graph';
  return streamedGraph(context, name, await declaredProperties(context), plan, params, options, false);
}
