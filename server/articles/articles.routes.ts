// GET /api/articles/{id}: an article's title, outlet, date and verbatim text.
import { articleParams, articleResponse, noBody, noQuery } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { articleWithText } from './articles.service.ts';

export function articlesEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/articles/{id}',
      tags: ['explore'],
      summary: "An article's metadata and verbatim text (quotes are shown within it).",
      query: noQuery,
      params: articleParams,
      body: noBody,
      response: articleResponse,
      handler: ({ params }) => articleWithText(context, params.id),
    }),
  ];
}
