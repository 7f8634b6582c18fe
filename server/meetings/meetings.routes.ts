// GET /api/meetings and GET /api/who-met-whom.
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { meetingsQuery, meetingsResponse, whoMetWhomQuery, whoMetWhomResponse } from './meetings.schemas.ts';
import { listMeetings, whoMetWhom } from './meetings.service.ts';

export function meetingsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/meetings',
      tags: ['who met whom'],
      summary: 'Meetings in date order, by participants, dates, status and place, with their sources.',
      query: meetingsQuery,
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
      response: whoMetWhomResponse,
      handler: ({ query }) => whoMetWhom(context, query),
    }),
  ];
}
