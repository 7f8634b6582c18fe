// GET /history: who changed what and when, for one key (editors only).
import { z } from 'zod';
import { boundedInt, nodeKeySchema } from './common.ts';
import { jsonValueSchema } from './json.ts';

export const historyQuery = z
  .object({
    key: nodeKeySchema.describe('`Label:id` of an article, fact, entity or user.'),
    limit: boundedInt(1, 1000, 200),
  })
  .strict();

export const historyChangeSchema = z.object({
  id: z.string(),
  at: z.string().describe('ISO date-time.'),
  by: z.string().describe('The account that made the change.'),
  action: z.string().describe('added, reviewed, created, recorded, reported, published, retracted, ...'),
  key: z.string(),
  articleId: z.string().nullable(),
  detail: jsonValueSchema.describe('What changed (fields, reason), or null.'),
});

export const historyResponse = z.object({
  key: z.string(),
  changes: z.array(historyChangeSchema).describe('Newest first.'),
});

export type HistoryChange = z.infer<typeof historyChangeSchema>;
export type HistoryResponse = z.infer<typeof historyResponse>;
