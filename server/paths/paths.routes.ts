// GET /api/paths: all shortest paths between two entities.
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
      summary: 'All shortest paths between two nodes, up to maxLength, over chosen relationship types.',
      query: pathsQuery,
      params: noParams,
      body: noBody,
      response: pathsResponse,
      handler: ({ query }) => shortestPaths(context, query),
    }),
  ];
}
