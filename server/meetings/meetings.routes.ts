// GET /api/meetings and GET /api/who-met-whom.
import {
  meetingsQuery,
  meetingsResponse,
  noBody,
  noParams,
  whoMetWhomQuery,
  whoMetWhomResponse,
} from '../../contract/index.ts';
import { sendJsonBytes } from '../cache/result-cache.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { listMeetings, whoMetWhomJson } from './meetings.service.ts';

export function meetingsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/meetings',
      tags: ['who met whom'],
      summary: 'Meetings in date order, by participants, dates, status and place, with their sources.',
      query: meetingsQuery,
      params: noParams,
      body: noBody,
      response: meetingsResponse,
      handler: ({ query }) =>
        listMeetings(context, { ...query, participants: query.participant, status: query.status }),
    }),
    defineEndpoint({
      method: 'get',
      path: '/who-met-whom',
      tags: ['who met whom'],
      summary: 'Who met whom: people linked by the meetings they both attended (how often, when, sources).',
      query: whoMetWhomQuery,
      params: noParams,
      body: noBody,
      response: whoMetWhomResponse,
      // Sent as the bytes the service wrote, through the result cache when it reads the request.
      handler: async ({ query }, _req, res) => {
        sendJsonBytes(res, await whoMetWhomJson(context, query));
        return undefined;
      },
    }),
  ];
}
