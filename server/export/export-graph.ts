// The one input every export format reads: declared property types, then nodes, then edges, as async streams,
// each fact with its sources; and the flat columns the tabular and XML formats share.
import type { Node } from 'neo4j-driver';
import type { EdgeData, Json, NodeData } from '../../contract/index.ts';
import { propertiesToJson, toJson } from '../db/to-json.ts';
import { nodeDataOf, nodeKey } from '../graph/model.ts';

export type AttributeType = 'string' | 'long' | 'double' | 'boolean' | 'list' | 'json';

export interface AttributeDecl {
  name: string;
  type: AttributeType;
}

/** One article reporting a fact, as every format carries it (`withEvidence`). */
export interface Evidence {
  article: string;
  title: string | null;
  /** The title is not printed in the article but inferred (titleInferred); show it marked. */
  titleInferred: boolean;
  outlet: string | null;
  outletInferred: boolean;
  published: string | null;
  quote: string | null;
}

/** What is known of a fact's sources: how many visible articles, and which (empty without withEvidence). */
export interface Sourcing {
  sourceCount: number | null;
  evidence: Evidence[];
}

export interface ExportNode extends Sourcing {
  key: string;
  labels: string[];
  /** Property values as the driver gave them (dates stay dates, integers stay Integers). */
  raw: Record<string, unknown>;
}

export interface ExportEdge extends Sourcing {
  key: string;
  type: string;
  source: string;
  target: string;
  raw: Record<string, unknown>;
}

/**
 * A stream read a batch at a time. Per item, every async step (a generator's yield, a writer's await) costs
 * promises and a microtask hop; a 140k-relationship export took several such steps per row (issue 14).
 */
export type Batches<T> = AsyncIterable<readonly T[]>;

export interface ExportGraph {
  /** Names the download: `actorgraph-<subset>.<ext>`. */
  subset: string;
  /** Who met whom is symmetric: every format marks its edges undirected. */
  undirected: boolean;
  /** A Cypher-defined export that stopped at its row limit says so in the file and in a header. */
  truncatedAt: number | null;
  withEvidence: boolean;
  /** The public labels the subset may hold: the Cypher script creates their id constraints first. */
  labels: string[];
  /** Property types of nodes and of relationships (not the base columns). */
  nodeProperties: AttributeDecl[];
  edgeProperties: AttributeDecl[];
  /** Nodes, then edges, in batches: one await per batch, not per item (issue 14's profile). */
  nodes: () => Batches<ExportNode>;
  edges: () => Batches<ExportEdge>;
  /** Ends the database read when a writer stops before reading the edges (CSV of the nodes only). */
  close?: () => Promise<void>;
}

export const NO_SOURCING: Sourcing = { sourceCount: null, evidence: [] };

export function exportNode(node: Node, sourcing: Sourcing = NO_SOURCING, key = nodeKey(node)): ExportNode {
  return { key, labels: [...node.labels].sort(), raw: node.properties, ...sourcing };
}

/** `{article, title, …}` maps from a query (driver values) to evidence. */
export function evidenceOf(rows: unknown): Evidence[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    const json = toJson(row);
    const get = (name: string): Json =>
      json && typeof json === 'object' && !Array.isArray(json) ? (json[name] ?? null) : null;
    const text = (name: string) => {
      const value = get(name);
      return value === null ? null : String(value);
    };
    return {
      article: text('article') ?? '',
      title: text('title'),
      titleInferred: get('titleInferred') === true,
      outlet: text('outlet'),
      outletInferred: get('outletInferred') === true,
      published: text('published'),
      quote: text('quote'),
    };
  });
}

/** The node's data as in the API's graphs (the JSON export), plus its sources. */
export function nodeDataOfExport(
  node: ExportNode,
  withEvidence: boolean,
): NodeData & { evidence?: Evidence[] } {
  // The key's id part is the element id when the node has no `id` (labels hold no colon).
  const data = nodeDataOf(node.labels, node.raw, node.key.slice(node.key.indexOf(':') + 1));
  return {
    ...data,
    ...(node.sourceCount === null ? {} : { sourceCount: node.sourceCount }),
    ...(withEvidence && node.sourceCount !== null ? { evidence: node.evidence } : {}),
  };
}

export function edgeDataOfExport(
  edge: ExportEdge,
  withEvidence: boolean,
): EdgeData & { sourceCount?: number; evidence?: Evidence[] } {
  return {
    relType: edge.type,
    properties: propertiesToJson(edge.raw),
    ...(edge.sourceCount === null ? {} : { sourceCount: edge.sourceCount }),
    ...(withEvidence && edge.sourceCount !== null ? { evidence: edge.evidence } : {}),
  };
}

/** Merges declarations seen for one name under several labels: long+double → double, else string. */
export function mergeDeclarations(decls: Iterable<AttributeDecl>): AttributeDecl[] {
  const merged = new Map<string, AttributeType>();
  for (const { name, type } of decls) {
    const seen = merged.get(name);
    if (seen === undefined || seen === type) merged.set(name, type);
    else if ((seen === 'long' && type === 'double') || (seen === 'double' && type === 'long'))
      merged.set(name, 'double');
    else if ((seen === 'list' || seen === 'json') && (type === 'list' || type === 'json'))
      merged.set(name, 'json');
    else merged.set(name, 'string');
  }
  return [...merged].map(([name, type]) => ({ name, type }));
}

/**
 * A value's declaration type, for exports whose attributes are learnt from the data itself. The driver
 * gives integers as Integers, so a JS number is always a Cypher float, whole-valued or not.
 */
export function attributeTypeOf(value: unknown): AttributeType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  if (value && typeof value === 'object' && 'low' in value && 'high' in value) return 'long';
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? 'list' : 'json';
  return 'string';
}

/** Neo4j's schema type names (db.schema.nodeTypeProperties) to declaration types. */
export function attributeTypeOfNeo4j(types: readonly string[]): AttributeType {
  const mapped = types.map((type): AttributeType => {
    if (type === 'StringArray' || type === 'LIST<STRING NOT NULL>') return 'list';
    if (type.endsWith('Array') || type.startsWith('List') || type.startsWith('LIST')) return 'json';
    if (type === 'Long' || type === 'Integer' || type === 'INTEGER') return 'long';
    if (type === 'Double' || type === 'Float' || type === 'FLOAT') return 'double';
    if (type === 'Boolean' || type === 'BOOLEAN') return 'boolean';
    return 'string';
  });
  return mergeDeclarations(mapped.map((type) => ({ name: 'x', type })))[0]?.type ?? 'string';
}
