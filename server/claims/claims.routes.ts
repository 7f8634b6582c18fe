// GET /api/claims: resource claims with their claimants and sources.
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { boundedInt, jsonValueSchema, sourceSchema } from '../http/common.schemas.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { listClaims } from './claims.service.ts';

const filterValue = z.string().trim().min(1).max(300);

export const claimsQuery = z
  .object({
    resource: filterValue.optional().describe('A Resource key or id, e.g. `Resource:lithium` or `lithium`.'),
    country: filterValue.optional().describe('A Country key or ISO code, e.g. `Country:UA` or `UA`.'),
    claimant: filterValue.optional().describe('The key (or id) of whoever made the claim.'),
    limit: boundedInt(1, 1000, 200),
  })
  .strict();

const ref = z.object({ key: z.string(), label: z.string(), name: z.string() });

export const claimsResponse = z.object({
  claims: z.array(
    z.object({
      key: z.string(),
      id: z.string(),
      text: z.string(),
      kind: z.string().nullable(),
      value: jsonValueSchema,
      unit: z.string().nullable(),
      claimants: z.array(ref),
      resources: z.array(ref),
      concerns: z.array(ref),
      sources: z.array(sourceSchema),
    }),
  ),
});

export function claimsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/claims',
      tags: ['claims'],
      summary: 'Resource claims by resource, country and claimant, each with its sources.',
      query: claimsQuery,
      response: claimsResponse,
      handler: ({ query }) => listClaims(context, query),
    }),
  ];
}
