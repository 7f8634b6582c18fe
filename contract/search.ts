// /search: ranked full-text search that tolerates prefixes and other spellings.
import { z } from 'zod';
import { boundedInt, identifierSchema, listParam } from './common.ts';

export const searchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).describe('Words to look for; prefixes and misspellings are found.'),
    limit: boundedInt(1, 100, 10),
    labels: listParam(identifierSchema)
      .optional()
      .default([])
      .describe('Only nodes with one of these labels.'),
  })
  .strict();

export const searchResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  score: z.number(),
  sourceCount: z
    .number()
    .optional()
    .describe('Facts only: the number of distinct published, unretracted articles that report it.'),
});

export const searchResponse = z.object({ results: z.array(searchResultSchema) });

export type SearchResult = z.infer<typeof searchResultSchema>;
