// Defines the exported subgraph (keys, ego network, who met whom, or read-only Cypher) as streams of
// nodes and edges, and writes it in the asked format.
import type { Node, Relationship } from 'neo4j-driver';
import { EdgeKeys, edgeKey } from '../../contract/index.ts';
import type { CypherContext } from '../cypher/user-query.ts';
import { cypherFile, integerFragment, labelFragment } from '../db/cypher-files.ts';
import { keyOf } from '../db/node-key.ts';
import { readQuery } from '../db/read.ts';
import { streamRead } from '../db/stream.ts';
import { requireFoundNodes, requireNodes } from '../db/vocabulary.ts';
import { type MetFilter, metPairs } from '../graph/met.ts';
import { collectCypherSubgraph } from './cypher-subgraph.ts';
import {
  type AttributeDecl,
  attributeTypeOfNeo4j,
  BASE_EDGE_ATTRIBUTES,
  BASE_NODE_ATTRIBUTES,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  exportNode,
  mergeDeclarations,
} from './export-graph.ts';

const queries = {
  keysNodes: cypherFile(import.meta.url, './queries/keys-nodes.cypher'),
  keysEdges: cypherFile(import.meta.url, './queries/keys-edges.cypher'),
  egoNodes: cypherFile(import.meta.url, './queries/ego-nodes.cypher'),
  egoEdges: cypherFile(import.meta.url, './queries/ego-edges.cypher'),
  propertyTypes: cypherFile(import.meta.url, './queries/property-types.cypher'),
};

export type Subset =
  | { kind: 'keys'; keys: string[] }
  | { kind: 'ego'; key: string; depth: number }
  | { kind: 'meetings'; from?: string | undefined; to?: string | undefined; status: string[] }
  | { kind: 'cypher'; query: string; params: Record<string, unknown> };

/** Exports may run longer than an interactive query; they are streamed, so time is the only bound. */
const EXPORT_TIMEOUT_FACTOR = 6;

async function declaredProperties(
  context: CypherContext,
): Promise<{ node: AttributeDecl[]; edge: AttributeDecl[] }> {
  const records = await readQuery<{ kind: string; name: string; types: string[] | null }>(
    context,
    queries.propertyTypes.fill(),
  );
  const decls = (kind: string) =>
    records
      .filter((record) => record.get('kind') === kind)
      .map((record) => ({ name: record.get('name'), type: attributeTypeOfNeo4j(record.get('types') ?? []) }));
  return { node: decls('node'), edge: decls('edge') };
}

function withBase(base: AttributeDecl[], more: AttributeDecl[]): AttributeDecl[] {
  const baseNames = new Set(base.map((decl) => decl.name));
  return [
    ...base,
    ...mergeDeclarations(more.filter((decl) => !baseNames.has(decl.name))).sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  ];
}

type NodeRow = { n: Node; reportedIn: string[] };
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

function streamedGraph(
  context: CypherContext,
  subset: string,
  decls: { node: AttributeDecl[]; edge: AttributeDecl[] },
  nodesQuery: string,
  edges: () => AsyncIterable<ExportEdge>,
  params: Record<string, unknown>,
): ExportGraph {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  return {
    subset,
    nodeAttributes: withBase(BASE_NODE_ATTRIBUTES, decls.node),
    edgeAttributes: withBase(BASE_EDGE_ATTRIBUTES, decls.edge),
    nodes: async function* () {
      for await (const record of streamRead<NodeRow>(context, nodesQuery, params, timeout)) {
        yield exportNode(record.get('n'), record.get('reportedIn'));
      }
    },
    edges: () => uniqueKeys(edges()),
  };
}

function relationshipEdges(context: CypherContext, query: string, params: Record<string, unknown>) {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  return async function* (): AsyncGenerator<ExportEdge> {
    for await (const record of streamRead<EdgeRow>(context, query, params, timeout)) {
      const r = record.get('r');
      const source = keyOf(record.get('sourceLabels'), record.get('sourceId'), record.get('sourceElement'));
      const target = keyOf(record.get('targetLabels'), record.get('targetId'), record.get('targetElement'));
      yield { key: edgeKey(r.type, source, target), type: r.type, source, target, raw: r.properties };
    }
  };
}

/** Who met whom: the pairs are the answer (bounded by the people who met), so they are read once, whole. */
async function metGraph(
  context: CypherContext,
  filter: MetFilter,
  decls: AttributeDecl[],
): Promise<ExportGraph> {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  const pairs = await metPairs(context, filter, timeout);
  const people = new Map<string, Node>();
  for (const pair of pairs) {
    people.set(pair.source, pair.a);
    people.set(pair.target, pair.b);
  }
  return {
    subset: 'who-met-whom',
    nodeAttributes: withBase(BASE_NODE_ATTRIBUTES, decls),
    edgeAttributes: withBase(BASE_EDGE_ATTRIBUTES, MET_EDGE_ATTRIBUTES),
    nodes: async function* () {
      for (const key of [...people.keys()].sort()) {
        const person = people.get(key);
        if (person) yield exportNode(person);
      }
    },
    edges: async function* () {
      for (const pair of pairs) {
        yield { key: pair.key, type: 'MET', source: pair.source, target: pair.target, raw: pair.properties };
      }
    },
  };
}

const MET_EDGE_ATTRIBUTES: AttributeDecl[] = [
  { name: 'weight', type: 'long' },
  { name: 'meetings', type: 'json' },
  { name: 'statuses', type: 'json' },
  { name: 'firstDate', type: 'string' },
  { name: 'lastDate', type: 'string' },
  { name: 'sources', type: 'json' },
];

/** Resolves the subset (404 for unknown keys) before any byte is sent, then hands back its streams. */
export async function exportGraphFor(context: CypherContext, subset: Subset): Promise<ExportGraph> {
  if (subset.kind === 'cypher') return collectCypherSubgraph(context, subset.query, subset.params);
  const decls = await declaredProperties(context);
  if (subset.kind === 'keys') {
    const params = { refs: await requireFoundNodes(context, subset.keys) };
    return streamedGraph(
      context,
      'nodes',
      decls,
      queries.keysNodes.fill(),
      relationshipEdges(context, queries.keysEdges.fill(), params),
      params,
    );
  }
  if (subset.kind === 'ego') {
    const [ref] = await requireNodes(context, [subset.key]);
    if (!ref) throw new Error('unreachable: one key resolves to one node');
    const fragments = { label: labelFragment(ref.label), depth: integerFragment(subset.depth, 1, 3) };
    const params = { id: ref.id };
    const name = `ego-${ref.label}-${ref.id}-${subset.depth}`.replace(/[^\w.-]+/g, '_');
    return streamedGraph(
      context,
      name,
      decls,
      queries.egoNodes.fill(fragments),
      relationshipEdges(context, queries.egoEdges.fill(fragments), params),
      params,
    );
  }
  return metGraph(context, subset, decls.node);
}

export type { ExportNode };
