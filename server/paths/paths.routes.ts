// GET /api/paths: up to k shortest paths between two entities.
import { noBody, noParams, pathsQuery, pathsResponse } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { shortestPaths } from './paths.service.ts';

export function pathsEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/paths',
      tags: ['paths'],
      summary:
        'Up to k shortest paths between two nodes, shortest first: a hop limit, relationship types to walk, labels to avoid.',
      query: pathsQuery,
      params: noParams,
      body: noBody,
      response: pathsResponse,
      handler: ({ query }) => shortestPaths(context, query),
    }),
  ];
}
