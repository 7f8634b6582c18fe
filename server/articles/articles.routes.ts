// /api/articles: one article with its verbatim text (drafts only for editors), the editors' list by state,
// and intake (POST), which adds a draft from text or HTML.
import {
  articleListQuery,
  articleListResponse,
  articleParams,
  articleResponse,
  intakeBody,
  intakeResponse,
  noBody,
  noParams,
  noQuery,
} from '../../contract/index.ts';
import { hasRole, principalOf, requirePrincipal, requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { addArticle } from '../intake/intake.service.ts';
import { articlesByStatus, articleWithText } from './articles.service.ts';

export function articlesEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/articles/{id}',
      tags: ['explore'],
      summary: "An article's metadata and verbatim text (quotes are shown within it).",
      description: 'A draft or retracted article is a 404 for anyone below the editor role.',
      query: noQuery,
      params: articleParams,
      body: noBody,
      response: articleResponse,
      handler: ({ params }, _req, res) =>
        articleWithText(context, params.id, { editor: hasRole(principalOf(res), 'editor') }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/articles',
      tags: ['editing'],
      summary: 'Articles in one state (drafts by default), newest first: for editors.',
      before: [requireRole('editor')],
      query: articleListQuery,
      params: noParams,
      body: noBody,
      response: articleListResponse,
      handler: ({ query }) => articlesByStatus(context, query.status, query.limit),
    }),
    defineEndpoint({
      method: 'post',
      path: '/articles',
      tags: ['editing'],
      summary: 'Adds an article as a draft from plain text or an HTML page (201; 409 for a text already in).',
      description:
        'Text is kept verbatim except line endings (CRLF/CR → LF) and non-breaking spaces (→ space). ' +
        'HTML goes through @mozilla/readability; its title, byline, site name and date come back as suggestions. ' +
        'Limits: 200,000 characters of text, 2 MiB of HTML (413 too_large).',
      before: [requireRole('editor')],
      query: noQuery,
      params: noParams,
      body: intakeBody,
      response: intakeResponse,
      handler: async ({ body }, _req, res) => {
        const answer = await addArticle(context, body, requirePrincipal(res).name);
        res.status(201);
        return answer;
      },
    }),
  ];
}
