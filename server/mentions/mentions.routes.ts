// GET /api/articles/{id}/mentions: detected names, dates and amounts in an article, for editors to review.
import { articleParams, mentionsResponse, noBody, noQuery } from '../../contract/index.ts';
import { requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { articleMentions } from './mentions.service.ts';

export function mentionsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/articles/{id}/mentions',
      tags: ['editing'],
      summary: 'Suggested mentions in an article: known entities, new names, dates, money and quantities.',
      description:
        'Suggestions only: nothing is written. Offsets are UTF-16 code units into Article.text; a mention id is ' +
        "`start-end`. Relative dates are resolved against the article's `published`.",
      before: [requireRole('editor')],
      query: noQuery,
      params: articleParams,
      body: noBody,
      response: mentionsResponse,
      handler: ({ params }) => articleMentions(context, params.id),
    }),
  ];
}
