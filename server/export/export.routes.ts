// GET and POST /api/export: a subgraph as a streamed download in the asked format.
import { download, exportBody, exportQuery, noBody, noParams, noQuery } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { ConcurrencyLimit } from '../http/concurrency.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { sendExport } from './export-response.ts';
import { CONTENT_TYPES } from './formats/index.ts';
import { optionsOf, subsetOfBody, subsetOfQuery } from './subset-of-body.ts';

export function exportEndpoints(context: AppContext): Endpoint[] {
  const queue = new ConcurrencyLimit(
    context.config.cypher.maxConcurrent,
    context.config.cypher.maxQueued,
    'export',
  );
  const before = [rateLimit('export', context.config.rateLimits.exportPerMinute)];
  const produces = [...Object.values(CONTENT_TYPES), 'application/zip'];
  return [
    defineEndpoint({
      method: 'get',
      path: '/export',
      tags: ['export'],
      summary:
        'Download a subgraph (keys, ego network, who met whom, or the whole graph filtered) as JSON, GEXF, GraphML, CSV or Cypher.',
      query: exportQuery,
      params: noParams,
      body: noBody,
      response: download,
      produces,
      before,
      handler: ({ query }, req, res) =>
        queue.run(res, () => sendExport(context, req, res, query, subsetOfQuery(query), optionsOf(query))),
    }),
    defineEndpoint({
      method: 'post',
      path: '/export',
      tags: ['export'],
      summary: 'Download a subgraph, also by a read-only Cypher query (with maxRows), in the asked format.',
      query: noQuery,
      params: noParams,
      body: exportBody,
      response: download,
      produces,
      before,
      handler: ({ body }, req, res) =>
        queue.run(res, () => sendExport(context, req, res, body, subsetOfBody(body), optionsOf(body))),
    }),
  ];
}
