// Defines the exported subgraph (keys, ego network, who met whom, or read-only Cypher) as streams of
// nodes and edges, and writes it in the asked format.
import type { Node, Relationship } from 'neo4j-driver';
import type { CypherContext } from '../cypher/cypher.service.ts';
import { cypherFile, integerFragment, labelFragment } from '../db/cypher-files.ts';
import { keyOf } from '../db/node-key.ts';
import { readQuery } from '../db/read.ts';
import { streamRead } from '../db/stream.ts';
import { requireFoundNodes, requireNodes } from '../db/vocabulary.ts';
import { edgeKey } from '../graph/graph-payload.ts';
import { whoMetWhomParams } from '../meetings/meetings.service.ts';
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
  metNodes: cypherFile(import.meta.url, './queries/met-nodes.cypher'),
  metEdges: cypherFile(import.meta.url, '../meetings/queries/who-met-whom.cypher'),
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

/** Parallel relationships arrive next to each other (the queries sort so), so one counter keeps keys unique. */
async function* uniqueKeys(edges: AsyncIterable<ExportEdge>): AsyncGenerator<ExportEdge> {
  let last = '';
  let repeat = 1;
  for await (const edge of edges) {
    repeat = edge.key === last ? repeat + 1 : 1;
    last = edge.key;
    yield repeat === 1 ? edge : { ...edge, key: `${edge.key}#${repeat}` };
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

function metEdges(context: CypherContext, params: Record<string, unknown>) {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  return async function* (): AsyncGenerator<ExportEdge> {
    for await (const record of streamRead(context, queries.metEdges.fill(), params, timeout)) {
      const source = exportNode(record.get('a') as Node).key;
      const target = exportNode(record.get('b') as Node).key;
      yield {
        key: edgeKey('MET', source, target),
        type: 'MET',
        source,
        target,
        raw: {
          weight: record.get('weight'),
          meetings: (record.get('meetingIds') as string[]).map((id) => `Meeting:${id}`),
          statuses: [...new Set(record.get('statuses') as string[])],
          firstDate: record.get('firstDate'),
          lastDate: record.get('lastDate'),
          sources: record.get('sources'),
        },
      };
    }
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
  const params = whoMetWhomParams(subset);
  return streamedGraph(
    context,
    'who-met-whom',
    { node: decls.node, edge: MET_EDGE_ATTRIBUTES },
    queries.metNodes.fill(),
    metEdges(context, params),
    params,
  );
}

export type { ExportNode };
