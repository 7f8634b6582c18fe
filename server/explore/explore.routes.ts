// Exploration endpoints: /stats, /schema, /graph/overview, /nodes/{key}, /nodes/{key}/neighbours.
import {
  graphSchema,
  keyParams,
  neighboursQuery,
  neighboursResponse,
  noBody,
  nodeResponse,
  noParams,
  noQuery,
  overviewQuery,
  schemaResponse,
  statsResponse,
} from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { neighbours, nodeDetail, overview, schemaSummary, stats } from './explore.service.ts';

export function exploreEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/stats',
      tags: ['exploration'],
      summary: 'Counts of nodes by label and relationships by type.',
      query: noQuery,
      params: noParams,
      body: noBody,
      response: statsResponse,
      handler: () => stats(context),
    }),
    defineEndpoint({
      method: 'get',
      path: '/schema',
      tags: ['exploration'],
      summary: 'Labels, relationship types and property keys (for Cypher completion).',
      query: noQuery,
      params: noParams,
      body: noBody,
      response: schemaResponse,
      handler: () => schemaSummary(context),
    }),
    defineEndpoint({
      method: 'get',
      path: '/graph/overview',
      tags: ['exploration'],
      summary: 'The best-connected entities (articles aside) and the relationships among them.',
      query: overviewQuery,
      params: noParams,
      body: noBody,
      response: graphSchema,
      handler: ({ query }) => overview(context, query.limit),
    }),
    defineEndpoint({
      method: 'get',
      path: '/nodes/{key}',
      tags: ['exploration'],
      summary: 'One node with its properties, its evidence (articles, quotes) and its relations.',
      query: noQuery,
      params: keyParams,
      body: noBody,
      response: nodeResponse,
      handler: ({ params }) => nodeDetail(context, params.key),
    }),
    defineEndpoint({
      method: 'get',
      path: '/nodes/{key}/neighbours',
      tags: ['exploration'],
      summary: 'The neighbourhood of a node up to a depth, cut at a limit, with what was left out.',
      query: neighboursQuery,
      params: keyParams,
      body: noBody,
      response: neighboursResponse,
      handler: ({ params, query }) => neighbours(context, params.key, query),
    }),
  ];
}
