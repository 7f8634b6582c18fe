// Export of a read-only Cypher query: the same run as /api/cypher (guard, READ, timeout, row cap), its nodes
// and relationships kept as driver values so every format can type them.
import { EdgeKeys } from '../../contract/index.ts';
import { type CypherContext, runUserQuery } from '../cypher/user-query.ts';
import { relationshipKey } from '../graph/model.ts';
import {
  type AttributeDecl,
  attributeTypeOf,
  BASE_EDGE_ATTRIBUTES,
  BASE_NODE_ATTRIBUTES,
  type ExportEdge,
  type ExportGraph,
  exportNode,
  mergeDeclarations,
} from './export-graph.ts';

function declare(values: Record<string, unknown>[], base: AttributeDecl[]): AttributeDecl[] {
  const baseNames = new Set(base.map((decl) => decl.name));
  const learnt = mergeDeclarations(
    values.flatMap((raw) => Object.entries(raw).map(([name, v]) => ({ name, type: attributeTypeOf(v) }))),
  );
  return [...base, ...learnt.filter((decl) => !baseNames.has(decl.name))];
}

/**
 * Bounded by the row cap rather than streamed: a query's nodes and relationships arrive mixed, and the
 * formats need every node before the first edge. maxRows bounds what is held.
 */
export async function collectCypherSubgraph(
  context: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
): Promise<ExportGraph> {
  const { subgraph } = await runUserQuery(context, query, jsonParams);
  const keys = new Map<string, string>();
  const nodes = [...subgraph.nodes.values()].map((node) => {
    const exported = exportNode(node);
    keys.set(node.elementId, exported.key);
    return exported;
  });
  const edgeKeys = new EdgeKeys();
  const edges: ExportEdge[] = [...subgraph.relationships.values()].map((rel) => {
    const source = keys.get(rel.startNodeElementId) ?? rel.startNodeElementId;
    const target = keys.get(rel.endNodeElementId) ?? rel.endNodeElementId;
    const key = edgeKeys.next(relationshipKey(rel, source, target));
    return { key, type: rel.type, source, target, raw: rel.properties };
  });
  return {
    subset: 'query',
    nodeAttributes: declare(
      nodes.map((node) => node.raw),
      BASE_NODE_ATTRIBUTES,
    ),
    edgeAttributes: declare(
      edges.map((edge) => edge.raw),
      BASE_EDGE_ATTRIBUTES,
    ),
    nodes: async function* () {
      yield* nodes;
    },
    edges: async function* () {
      yield* edges;
    },
  };
}
