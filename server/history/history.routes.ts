// GET /api/history?key=Label:id: who changed what and when (editors only).
import { historyQuery, historyResponse, noBody, noParams } from '../../contract/index.ts';
import { requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { historyOf } from './history.service.ts';

export function historyEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/history',
      tags: ['editing'],
      summary: 'The history of one key: who changed what and when, newest first.',
      description:
        'Editors only (401 without credentials, 403 for a reader). A key nothing was ever done to has an ' +
        'empty history; retracted items keep theirs.',
      query: historyQuery,
      params: noParams,
      body: noBody,
      response: historyResponse,
      before: [requireRole('editor')],
      handler: ({ query }) => historyOf(context, query),
    }),
  ];
}
