// The subsets read straight from the database and streamed, uncapped: named keys, an ego network, and the
// whole public graph (filtered by labels, relationship types, time window, minSources).
import type { Record as Neo4jRecord, Node, Relationship } from 'neo4j-driver';
import { EdgeKeys, edgeKey } from '../../contract/index.ts';
import type { CypherContext } from '../cypher/user-query.ts';
import { cypherFile, integerFragment, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { IDENTIFIER, keyOf } from '../db/node-key.ts';
import { readQuery } from '../db/read.ts';
import { streamRead } from '../db/stream.ts';
import { requireFoundNodes, requireNodes } from '../db/vocabulary.ts';
import { invalid } from '../errors.ts';
import { isInternalLabel } from '../graph/visibility.ts';
import {
  type AttributeDecl,
  attributeTypeOfNeo4j,
  type ExportEdge,
  type ExportGraph,
  exportNode,
  mergeDeclarations,
} from './export-graph.ts';
import { type ExportOptions, sourcingOfRecord, visibilityParams } from './sourcing.ts';

const queries = {
  keysNodes: cypherFile(import.meta.url, './queries/keys-nodes.cypher'),
  keysEdges: cypherFile(import.meta.url, './queries/keys-edges.cypher'),
  egoNodes: cypherFile(import.meta.url, './queries/ego-nodes.cypher'),
  egoEdges: cypherFile(import.meta.url, './queries/ego-edges.cypher'),
  graphNodes: cypherFile(import.meta.url, './queries/graph-nodes.cypher'),
  graphEdges: cypherFile(import.meta.url, './queries/graph-edges.cypher'),
  vocabulary: cypherFile(import.meta.url, './queries/vocabulary.cypher'),
  propertyTypes: cypherFile(import.meta.url, './queries/property-types.cypher'),
};

/** Exports may run longer than an interactive query; they are streamed, so time is the only bound. */
export const EXPORT_TIMEOUT_FACTOR = 6;

export interface GraphFilter {
  labels: string[];
  types: string[];
  from?: string | undefined;
  to?: string | undefined;
}

export interface DeclaredProperties {
  node: AttributeDecl[];
  edge: AttributeDecl[];
  /** Every public label in use. */
  labels: string[];
}

interface Vocabulary {
  labels: string[];
  types: string[];
}

async function freshVocabulary(context: CypherContext): Promise<Vocabulary> {
  const [record] = await readQuery<{ labels: string[]; types: string[] }>(context, queries.vocabulary.fill());
  return {
    labels: (record?.get('labels') ?? []).filter((label) => !isInternalLabel(label)).sort(),
    types: (record?.get('types') ?? []).sort(),
  };
}

export async function declaredProperties(context: CypherContext): Promise<DeclaredProperties> {
  const records = await readQuery<{ kind: string; name: string; types: string[] | null }>(
    context,
    queries.propertyTypes.fill(),
  );
  const decls = (kind: string) =>
    mergeDeclarations(
      records
        .filter((record) => record.get('kind') === kind)
        .map((record) => ({
          name: record.get('name'),
          type: attributeTypeOfNeo4j(record.get('types') ?? []),
        })),
    ).sort((a, b) => a.name.localeCompare(b.name));
  return { node: decls('node'), edge: decls('edge'), labels: (await freshVocabulary(context)).labels };
}

type EdgeRow = {
  r: Relationship;
  sourceLabels: string[];
  sourceId: unknown;
  sourceElement: string;
  targetLabels: string[];
  targetId: unknown;
  targetElement: string;
};

/**
 * Parallel relationships arrive next to each other (the queries sort so), so only the last base key needs
 * remembering: memory stays flat however many edges stream past.
 */
async function* uniqueKeys(edges: AsyncIterable<ExportEdge>): AsyncGenerator<ExportEdge> {
  let last = '';
  let keys = new EdgeKeys();
  for await (const edge of edges) {
    if (edge.key !== last) keys = new EdgeKeys();
    last = edge.key;
    yield { ...edge, key: keys.next(edge.key) };
  }
}

function edgeOf(record: Neo4jRecord<EdgeRow>): ExportEdge {
  const r = record.get('r');
  const source = keyOf(record.get('sourceLabels'), record.get('sourceId'), record.get('sourceElement'));
  const target = keyOf(record.get('targetLabels'), record.get('targetId'), record.get('targetElement'));
  return {
    key: edgeKey(r.type, source, target),
    type: r.type,
    source,
    target,
    raw: r.properties,
    ...sourcingOfRecord(record),
  };
}

/** The node and edge queries, streamed in turn. */
interface Plan {
  nodes: { query: string }[];
  edges: string[];
}

function streamedGraph(
  context: CypherContext,
  subset: string,
  decls: DeclaredProperties,
  plan: Plan,
  params: Record<string, unknown>,
  options: ExportOptions,
): ExportGraph {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  const allParams = { ...visibilityParams(options.minSources), ...params };
  return {
    subset,
    undirected: false,
    truncatedAt: null,
    withEvidence: options.withEvidence,
    labels: decls.labels,
    nodeProperties: decls.node,
    edgeProperties: decls.edge,
    nodes: async function* () {
      for (const { query } of plan.nodes) {
        for await (const record of streamRead<{ n: Node }>(context, query, allParams, timeout)) {
          yield exportNode(record.get('n'), sourcingOfRecord(record));
        }
      }
    },
    edges: () =>
      uniqueKeys(
        (async function* () {
          for (const query of plan.edges) {
            for await (const record of streamRead<EdgeRow>(context, query, allParams, timeout)) {
              yield edgeOf(record);
            }
          }
        })(),
      ),
  };
}

export async function keysGraph(
  context: CypherContext,
  keys: string[],
  options: ExportOptions,
): Promise<ExportGraph> {
  const params = { refs: await requireFoundNodes(context, keys) };
  const plan = { nodes: [{ query: queries.keysNodes.fill() }], edges: [queries.keysEdges.fill()] };
  return streamedGraph(context, 'nodes', await declaredProperties(context), plan, params, options);
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
  const plan = {
    nodes: [{ query: queries.egoNodes.fill(fragments) }],
    edges: [queries.egoEdges.fill(fragments)],
  };
  return streamedGraph(context, name, await declaredProperties(context), plan, { id: ref.id }, options);
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
  const plan: Plan = {
    nodes:
      labels.length === 0
        ? []
        : [{ query: queries.graphNodes.fill({ label: labels.map(labelFragment).join('|') }) }],
    edges: types.length === 0 ? [] : [queries.graphEdges.fill({ types: relationshipTypesFragment(types) })],
  };
  const params = {
    labels: filter.labels.length > 0 ? labels : [],
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  const name =
    filter.labels.length + filter.types.length > 0 || filter.from || filter.to ? 'graph-filtered' : 'graph';
  return streamedGraph(context, name, await declaredProperties(context), plan, params, options);
}
