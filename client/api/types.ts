// The API contract as the client sees it: types inferred from the shared contract module, never copied.
import type { EdgeData, NodeData, SerializedGraph } from '../../contract/index.ts';

// The editors' side: sessions, intake, mentions, review, facts, publishing, retraction, history.
export type {
  ArticleListItem,
  ArticleRef,
  ArticleWithText,
  Claim,
  CypherResponse,
  CypherSummary,
  DateMention,
  EntityMention,
  Evidence,
  ExportFormat,
  FactBody,
  HistoryChange,
  HistoryResponse,
  IntakeBody,
  IntakeResponse,
  Meeting,
  Mention,
  MentionCandidate,
  MentionReviewBody,
  MentionsResponse,
  NeighboursResponse,
  NodeDetails,
  Participant,
  PathStep,
  PathsResponse,
  PublishSummary,
  RecordedFact,
  Relation,
  RetractionResponse,
  Schema,
  SearchResult,
  SessionResponse,
  StagedEntity,
  Stats,
  UnpairedMeeting,
  WhoMetWhomResponse,
} from '../../contract/index.ts';

/** A node in the client's data graph: the wire data, plus the position the layout gives it. */
export type NodeAttributes = NodeData & { x?: number; y?: number };
export type EdgeAttributes = EdgeData;
export type GraphPayload = SerializedGraph;
