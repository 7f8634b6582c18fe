// GET /api/articles/{id}: an article's title, outlet, date and verbatim text.
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { articleRefSchema } from '../http/common.schemas.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { articleWithText } from './articles.service.ts';

const articleParams = z.object({ id: z.string().trim().min(1).max(200) }).strict();

export const articleResponse = z.object({
  article: articleRefSchema.extend({ file: z.string().nullable(), text: z.string().nullable() }),
});

export function articlesEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/articles/{id}',
      tags: ['explore'],
      summary: "An article's metadata and verbatim text (quotes are shown within it).",
      params: articleParams,
      response: articleResponse,
      handler: ({ params }) => articleWithText(context, params.id),
    }),
  ];
}
