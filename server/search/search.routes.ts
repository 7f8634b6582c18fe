// GET /api/search: ranked full-text search that tolerates prefixes and other spellings.
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { boundedInt, identifierSchema, listParam } from '../http/common.schemas.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { search } from './search.service.ts';

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

export const searchResponse = z.object({
  results: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      score: z.number(),
    }),
  ),
});

export function searchEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/search',
      tags: ['exploration'],
      summary: 'Full-text search over names, aliases, texts and titles, best match first.',
      query: searchQuery,
      response: searchResponse,
      handler: ({ query }) => search(context, query),
    }),
  ];
}
