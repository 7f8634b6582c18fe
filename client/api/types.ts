// The API contract as the client sees it: graphology serialized graphs and the JSON shapes of each route.
import type { SerializedGraph } from 'graphology-types';

export type NodeAttributes = {
  label: string;
  id: string;
  name?: string;
  x?: number;
  y?: number;
  [property: string]: unknown;
};
export type EdgeAttributes = {
  type: string;
  sources?: string[];
  role?: string;
  quote?: string;
  [p: string]: unknown;
};
export type GraphPayload = SerializedGraph<NodeAttributes, EdgeAttributes>;

export interface ArticleRef {
  id: string;
  title: string;
  outlet: string;
  published: string;
  file?: string;
  /** The verbatim text, from GET /api/articles/{id}; quotes are shown within it. */
  text?: string | null;
}
export interface Evidence {
  article: ArticleRef;
  quote: string;
}
export interface Relation {
  key: string;
  type: string;
  direction: 'out' | 'in';
  other: { key: string; label: string; name: string };
  attributes: Record<string, unknown>;
}
export interface NodeDetails {
  node: { key: string; attributes: NodeAttributes };
  evidence: Evidence[];
  relations: Relation[];
}
export interface Stats {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}
export interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}
export interface SearchResult {
  key: string;
  label: string;
  id: string;
  name: string;
  aliases?: string[];
  score: number;
}
export interface NeighboursResponse {
  graph: GraphPayload;
  leftOut: { total: number; byType: Record<string, number> };
}
export interface Participant {
  key: string;
  name: string;
  label: string;
  role?: string;
}
export interface Meeting {
  key: string;
  id: string;
  name: string;
  date: string | null;
  dateText?: string;
  datePrecision?: string;
  status?: string;
  kind?: string;
  place?: { key: string; name: string } | string | null;
  participants: Participant[];
  sources: Evidence[];
}
export interface PathsResponse {
  paths: { nodes: string[]; edges: string[] }[];
  graph: GraphPayload;
}
export interface CypherSummary {
  timeMs: number;
  rowCount: number;
  truncated: boolean;
  [more: string]: unknown;
}
export interface CypherResponse {
  columns: string[];
  rows: unknown[];
  graph: GraphPayload;
  summary: CypherSummary;
}
export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'cypher';
