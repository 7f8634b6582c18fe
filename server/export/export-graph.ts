// The one input every export format reads: declared attributes, then nodes, then edges, as async streams.
import type { Node } from 'neo4j-driver';
import type { EdgeData, Json, NodeData } from '../../contract/index.ts';
import { propertiesToJson } from '../db/to-json.ts';
import { nodeDataOf, nodeKey } from '../graph/model.ts';

export type AttributeType = 'string' | 'long' | 'double' | 'boolean' | 'json';

export interface AttributeDecl {
  name: string;
  type: AttributeType;
}

export interface ExportNode {
  key: string;
  labels: string[];
  /** Property values as the driver gave them (dates stay dates for the Cypher script). */
  raw: Record<string, unknown>;
  /** Article ids reporting this node, when any: provenance even when the articles are not exported. */
  reportedIn: string[];
}

export interface ExportEdge {
  key: string;
  type: string;
  source: string;
  target: string;
  raw: Record<string, unknown>;
}

export interface ExportGraph {
  /** Names the download: `actorgraph-<subset>.<ext>`. */
  subset: string;
  nodeAttributes: AttributeDecl[];
  edgeAttributes: AttributeDecl[];
  nodes: () => AsyncIterable<ExportNode>;
  edges: () => AsyncIterable<ExportEdge>;
}

/** Attributes every exported node has besides its properties. */
export const BASE_NODE_ATTRIBUTES: AttributeDecl[] = [
  { name: 'label', type: 'string' },
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'reportedIn', type: 'json' },
];

export const BASE_EDGE_ATTRIBUTES: AttributeDecl[] = [{ name: 'type', type: 'string' }];

export function exportNode(node: Node, reportedIn: string[] = []): ExportNode {
  return { key: nodeKey(node), labels: [...node.labels], raw: node.properties, reportedIn };
}

/** The node's data as in the API's graphs (the JSON export), plus `reportedIn` when known. */
export function nodeDataOfExport(node: ExportNode): NodeData {
  // The key's id part is the element id when the node has no `id` (labels hold no colon).
  const data = nodeDataOf(node.labels, node.raw, node.key.slice(node.key.indexOf(':') + 1));
  return node.reportedIn.length > 0 ? { ...data, reportedIn: node.reportedIn } : data;
}

export function edgeDataOfExport(edge: ExportEdge): EdgeData {
  return { relType: edge.type, properties: propertiesToJson(edge.raw) };
}

/** The flat columns of the tabular and XML formats: `{label, id, name, ...properties, reportedIn}`. */
export function nodeAttributesOf(node: ExportNode): Record<string, Json> {
  const { nodeLabel, id, name, properties, reportedIn } = nodeDataOfExport(node);
  return { label: nodeLabel, id, name, ...properties, ...(reportedIn ? { reportedIn } : {}) };
}

export function edgeAttributesOf(edge: ExportEdge): Record<string, Json> {
  return { type: edge.type, ...propertiesToJson(edge.raw) };
}

/** Merges declarations seen for one name under several labels: long+double → double, else string. */
export function mergeDeclarations(decls: Iterable<AttributeDecl>): AttributeDecl[] {
  const merged = new Map<string, AttributeType>();
  for (const { name, type } of decls) {
    const seen = merged.get(name);
    if (seen === undefined || seen === type) merged.set(name, type);
    else if ((seen === 'long' && type === 'double') || (seen === 'double' && type === 'long'))
      merged.set(name, 'double');
    else merged.set(name, seen === 'json' || type === 'json' ? 'json' : 'string');
  }
  return [...merged].map(([name, type]) => ({ name, type }));
}

/** A value's declaration type, for exports whose attributes are learnt from the data itself. */
export function attributeTypeOf(value: unknown): AttributeType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (value && typeof value === 'object' && 'low' in value && 'high' in value) return 'long';
  if (Array.isArray(value)) return 'json';
  return 'string';
}

/** Neo4j's schema type names (db.schema.nodeTypeProperties) to declaration types. */
export function attributeTypeOfNeo4j(types: readonly string[]): AttributeType {
  const mapped = types.map((type): AttributeType => {
    if (type.endsWith('Array') || type.startsWith('List')) return 'json';
    if (type === 'Long' || type === 'Integer') return 'long';
    if (type === 'Double' || type === 'Float') return 'double';
    if (type === 'Boolean') return 'boolean';
    return 'string';
  });
  return mergeDeclarations(mapped.map((type) => ({ name: 'x', type })))[0]?.type ?? 'string';
}
