// POST /retractions: hide an article, fact or entity from every public read, without deleting it.
import { z } from 'zod';
import { nodeKeySchema } from './common.ts';

export const retractionBody = z
  .object({
    key: nodeKeySchema.describe('What to retract: `Label:id` of an article, a fact or an entity.'),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .describe('Why, in a sentence: kept with the item and in history.'),
  })
  .strict();

export const retractionResponse = z.object({
  key: z.string(),
  retracted: z.literal(true),
  retractedBy: z.string(),
  retractedAt: z.string().describe('ISO date-time.'),
  retractionReason: z.string(),
  alsoRetracted: z
    .array(z.string())
    .describe(
      'Retracting an article: the keys of the facts it was the only visible source of, retracted too.',
    ),
});

export type RetractionBody = z.infer<typeof retractionBody>;
export type RetractionResponse = z.infer<typeof retractionResponse>;
