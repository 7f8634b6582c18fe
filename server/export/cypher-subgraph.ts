// Export of a read-only Cypher query: the same gate as /api/cypher, the same row cap, the nodes and
// relationships found in the rows (plus the ends of those relationships) kept as driver values.
import neo4j, { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { CypherContext } from '../cypher/cypher.service.ts';
import { guardQuery } from '../cypher/cypher-guard.ts';
import { toDriverParams } from '../cypher/json-params.ts';
import { isTransactionTimeout } from '../db/classify-error.ts';
import { edgeKey } from '../graph/graph-payload.ts';
import { HttpError } from '../http/errors.ts';
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

function collect(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (isNode(value)) nodes.set(value.elementId, value);
  else if (isRelationship(value)) rels.set(value.elementId, value);
  else if (isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const segment of value.segments) {
      nodes.set(segment.end.elementId, segment.end);
      rels.set(segment.relationship.elementId, segment.relationship);
    }
  } else if (Array.isArray(value)) for (const item of value) collect(item, nodes, rels);
  else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    for (const inner of Object.values(value)) collect(inner, nodes, rels);
  }
}

/**
 * Bounded by the row cap rather than streamed: a query's nodes and relationships arrive mixed, and the
 * formats need every node before the first edge. maxRows bounds what is held.
 */
export async function collectCypherSubgraph(
  { driver, config }: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
): Promise<ExportGraph> {
  const database = config.neo4j.database;
  const params = toDriverParams(jsonParams);
  await guardQuery(driver, database, query, params);
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: config.cypher.timeoutMs });
  try {
    let rows = 0;
    for await (const record of tx.run(query, params)) {
      if (++rows > config.cypher.maxRows) break;
      for (const value of record.values()) collect(value, nodes, rels);
    }
    const missing = [...rels.values()]
      .flatMap((rel) => [rel.startNodeElementId, rel.endNodeElementId])
      .filter((id) => !nodes.has(id));
    if (missing.length > 0) {
      const found = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', {
        ids: [...new Set(missing)],
      });
      for (const record of found.records) collect(record.get('n'), nodes, rels);
    }
  } catch (error) {
    if (isTransactionTimeout(error)) {
      throw new HttpError(408, 'query_timeout', 'The query ran past its time limit and was stopped.', {
        timeoutMs: config.cypher.timeoutMs,
      });
    }
    throw error;
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
  }

  const exported = [...nodes.values()].map((node) => exportNode(node));
  const keys = new Map(
    [...nodes.values()].map((node, index) => [node.elementId, exported[index]?.key ?? '']),
  );
  const seen = new Map<string, number>();
  const edges: ExportEdge[] = [...rels.values()].map((rel) => {
    const source = keys.get(rel.startNodeElementId) ?? rel.startNodeElementId;
    const target = keys.get(rel.endNodeElementId) ?? rel.endNodeElementId;
    const base = edgeKey(rel.type, source, target);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      key: count === 1 ? base : `${base}#${count}`,
      type: rel.type,
      source,
      target,
      raw: rel.properties,
    };
  });
  const declare = (values: Record<string, unknown>[]): AttributeDecl[] =>
    mergeDeclarations(
      values.flatMap((raw) => Object.entries(raw).map(([name, v]) => ({ name, type: attributeTypeOf(v) }))),
    );
  const nodeNames = new Set(BASE_NODE_ATTRIBUTES.map((decl) => decl.name));
  const edgeNames = new Set(BASE_EDGE_ATTRIBUTES.map((decl) => decl.name));
  return {
    subset: 'query',
    nodeAttributes: [
      ...BASE_NODE_ATTRIBUTES,
      ...declare(exported.map((node) => node.raw)).filter((d) => !nodeNames.has(d.name)),
    ],
    edgeAttributes: [
      ...BASE_EDGE_ATTRIBUTES,
      ...declare(edges.map((edge) => edge.raw)).filter((d) => !edgeNames.has(d.name)),
    ],
    nodes: async function* () {
      yield* exported;
    },
    edges: async function* () {
      yield* edges;
    },
  };
}
