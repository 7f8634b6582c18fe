// The editors' endpoints, typed from the contract: intake, mentions, review, facts, publish, drafts, retraction, history.
import type { z } from 'zod';
import type { draftsResponse, mentionReviewResponse } from '../../contract/index.ts';
import { readJson, writeJson } from '../account/session-api.ts';
import type {
  ArticleWithText,
  FactBody,
  HistoryResponse,
  IntakeBody,
  IntakeResponse,
  MentionReviewBody,
  MentionsResponse,
  PublishSummary,
  RecordedFact,
  RetractionResponse,
} from '../api/types.ts';

export type ReviewAnswer = z.infer<typeof mentionReviewResponse>;
export type Draft = z.infer<typeof draftsResponse>['drafts'][number];

const enc = encodeURIComponent;
const draft = (id: string) => `/api/articles/${enc(id)}`;

export const editing = {
  addArticle: (body: IntakeBody) => writeJson<IntakeResponse>('/api/articles', body),
  article: (id: string) => readJson<{ article: ArticleWithText }>(draft(id)),
  mentions: (id: string) => readJson<MentionsResponse>(`${draft(id)}/mentions`),
  review: (id: string, mentionId: string, body: MentionReviewBody) =>
    writeJson<ReviewAnswer>(`${draft(id)}/mentions/${enc(mentionId)}`, body),
  facts: (id: string) => readJson<{ facts: RecordedFact[] }>(`${draft(id)}/facts`),
  recordFact: (id: string, body: FactBody) => writeJson<RecordedFact>(`${draft(id)}/facts`, body),
  removeFact: (id: string, itemId: string) =>
    writeJson<{ removed: string }>(`${draft(id)}/facts/${enc(itemId)}/remove`),
  publish: (id: string) => writeJson<PublishSummary>(`${draft(id)}/publish`),
  drafts: () => readJson<{ drafts: Draft[] }>('/api/drafts'),
  retract: (key: string, reason: string) =>
    writeJson<RetractionResponse>('/api/retractions', { key, reason }),
  history: (key: string) => readJson<HistoryResponse>(`/api/history?key=${enc(key)}`),
};
