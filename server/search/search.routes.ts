// GET /api/search: ranked full-text search that tolerates prefixes and other spellings.
import { noBody, noParams, searchQuery, searchResponse } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { search } from './search.service.ts';

export function searchEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/search',
      tags: ['exploration'],
      summary: 'Full-text search over names, aliases, texts and titles, best match first.',
      query: searchQuery,
      params: noParams,
      body: noBody,
      response: searchResponse,
      handler: ({ query }) => search(context, query),
    }),
  ];
}
