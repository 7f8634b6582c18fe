// /articles/{id}: an article's metadata and its verbatim text.
import { z } from 'zod';
import { articleRefSchema } from './evidence.ts';

export const articleParams = z.object({ id: z.string().trim().min(1).max(200) }).strict();

export const articleResponse = z.object({
  article: articleRefSchema.extend({ text: z.string().nullable() }),
});

export type ArticleWithText = z.infer<typeof articleResponse>['article'];
