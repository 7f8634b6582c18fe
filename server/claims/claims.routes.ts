// GET /api/claims: resource claims with their claimants and sources.
import { claimsQuery, claimsResponse, noBody, noParams } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { listClaims } from './claims.service.ts';

export function claimsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/claims',
      tags: ['claims'],
      summary: 'Resource claims by resource, country and claimant, each with its sources.',
      query: claimsQuery,
      params: noParams,
      body: noBody,
      response: claimsResponse,
      handler: ({ query }) => listClaims(context, query),
    }),
  ];
}
