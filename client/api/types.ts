// The API contract as the client sees it: types inferred from the shared contract module, never copied.
import type { EdgeData, NodeData, SerializedGraph } from '../../contract/index.ts';

export type {
  ArticleRef,
  ArticleWithText,
  Claim,
  CypherResponse,
  CypherSummary,
  Evidence,
  ExportFormat,
  Meeting,
  NeighboursResponse,
  NodeDetails,
  Participant,
  PathsResponse,
  Relation,
  Schema,
  SearchResult,
  Stats,
} from '../../contract/index.ts';

/** A node in the client's data graph: the wire data, plus the position the layout gives it. */
export type NodeAttributes = NodeData & { x?: number; y?: number };
export type EdgeAttributes = EdgeData;
export type GraphPayload = SerializedGraph;
