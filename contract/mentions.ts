// GET /articles/{id}/mentions: what detection suggests in an article's text (never written to the graph).
import { z } from 'zod';

export const mentionKinds = ['entity', 'date', 'money', 'quantity'] as const;

export const mentionCandidateSchema = z.object({
  key: z.string().describe('`Label:id` of an entity already in the graph.'),
  name: z.string(),
  label: z.string(),
  score: z.number().describe('0..1; 1 is an exact match of a name or alias (case and diacritics aside).'),
});

const base = {
  id: z.string().describe('`start-end` (e.g. `120-128`): the mention is known by where it stands.'),
  start: z.number().int().describe('UTF-16 offset into Article.text (as JavaScript indexes strings).'),
  end: z.number().int().describe('Exclusive end offset.'),
  text: z.string().describe('Article.text.slice(start, end).'),
  /** Filled in by the review feature (the mention's reviewed state); detection leaves it out. */
  review: z.record(z.string(), z.unknown()).optional(),
};

export const entityMentionSchema = z.object({
  ...base,
  kind: z.literal('entity'),
  known: z.boolean().describe('true: matched a name or alias in the graph; false: a new name found by NLP.'),
  suggestedLabel: z.string().nullable().describe('For a new name: Person, Organization or Place.'),
  candidates: z
    .array(mentionCandidateSchema)
    .describe('Best first: matches, or possible duplicates of a new name.'),
});

export const dateMentionSchema = z.object({
  ...base,
  kind: z.literal('date'),
  dateFrom: z.string().nullable().describe('YYYY-MM-DD, inclusive; null when unresolved.'),
  dateTo: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year', 'range']),
  resolved: z.boolean().describe('false when the words need the article date and the article has none.'),
  basis: z.string().describe('How it was resolved, e.g. "weekday on or before the article date".'),
});

export const amountMentionSchema = z.object({
  ...base,
  kind: z.enum(['money', 'quantity']),
  value: z.number(),
  unit: z.string().describe('USD, EUR, GBP, %, tonnes, barrels, …'),
});

export const mentionSchema = z.discriminatedUnion('kind', [
  entityMentionSchema,
  dateMentionSchema,
  amountMentionSchema,
]);

export const mentionsResponse = z.object({
  articleId: z.string(),
  published: z.string().nullable().describe('The reference date relative dates were resolved against.'),
  mentions: z
    .array(mentionSchema)
    .describe('In text order; overlapping detections resolved (longest, known first).'),
});

export type MentionCandidate = z.infer<typeof mentionCandidateSchema>;
export type EntityMention = z.infer<typeof entityMentionSchema>;
export type DateMention = z.infer<typeof dateMentionSchema>;
export type AmountMention = z.infer<typeof amountMentionSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type MentionsResponse = z.infer<typeof mentionsResponse>;
