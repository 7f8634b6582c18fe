// Where a fact was reported: the article (with what is stated and what is inferred) and the verbatim quote.
import { z } from 'zod';

const text = z.string().nullable();

export const articleRefSchema = z.object({
  id: z.string(),
  title: text.describe('As printed in the article; null when it prints none.'),
  outlet: text.describe('As printed in the article; null when it prints none.'),
  published: text.describe('YYYY-MM-DD'),
  titleInferred: text.describe('A title written for the graph when the article prints none.'),
  titleBasis: text,
  outletInferred: text.describe('An outlet inferred from outside the text (see outletBasis).'),
  outletBasis: text,
  publishedPrecision: text.describe('day, week, month'),
  publishedBasis: text.describe('dateline, content or external'),
  url: text,
  file: text,
});

export const evidenceSchema = z.object({ article: articleRefSchema, quote: text });

export type ArticleRef = z.infer<typeof articleRefSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
