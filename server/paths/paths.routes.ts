// GET /api/paths: all shortest paths between two entities.
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import {
  boundedInt,
  graphSchema,
  identifierSchema,
  listParam,
  nodeKeySchema,
} from '../http/common.schemas.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { MAX_PATH_LENGTH, shortestPaths } from './paths.service.ts';

export const pathsQuery = z
  .object({
    from: nodeKeySchema,
    to: nodeKeySchema,
    maxLength: boundedInt(1, MAX_PATH_LENGTH, 6),
    types: listParam(identifierSchema)
      .optional()
      .default([])
      .describe('Relationship types to walk; all but REPORTED_IN and MENTIONS when left out.'),
    limit: boundedInt(1, 500, 100).describe('At most this many paths.'),
  })
  .strict();

export const pathsResponse = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  graph: graphSchema,
  types: z.array(z.string()).describe('The relationship types the paths could use.'),
});

export function pathsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/paths',
      tags: ['paths'],
      summary: 'All shortest paths between two nodes, up to maxLength, over chosen relationship types.',
      query: pathsQuery,
      response: pathsResponse,
      handler: ({ query }) => shortestPaths(context, query),
    }),
  ];
}
