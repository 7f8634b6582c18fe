// POST /api/retractions: an editor hides an article, fact or entity from every public read (never deletes).
import { noParams, noQuery, retractionBody, retractionResponse } from '../../contract/index.ts';
import { requirePrincipal, requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { retract } from './retractions.service.ts';

export function retractionsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'post',
      path: '/retractions',
      tags: ['editing'],
      summary:
        'Retract an article, fact or entity: hidden from every public read, kept with who, when and why.',
      description:
        'Editors only (401 without credentials, 403 for a reader). Retracting an article also retracts the ' +
        'facts it was the only visible source of. 404 for an unknown key, 409 already_retracted, 400 without ' +
        'a reason. Every retraction is a `retracted` entry in GET /api/history.',
      query: noQuery,
      params: noParams,
      body: retractionBody,
      response: retractionResponse,
      before: [requireRole('editor')],
      handler: ({ body }, _req, res) =>
        retract(context, { key: body.key, reason: body.reason, by: requirePrincipal(res).name }),
    }),
  ];
}
