// GET and POST /api/export: a subgraph as a streamed download in the asked format.
import type { Response } from 'express';
import {
  download,
  type ExportFormat,
  exportBody,
  exportQuery,
  noBody,
  noParams,
  noQuery,
} from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { ConcurrencyLimit } from '../http/concurrency.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { exportGraphFor, type Subset } from './export.service.ts';
import { ClientGone, streamSink } from './export-sink.ts';
import { CONTENT_TYPES, downloadName, writeFormat } from './formats/index.ts';
import { subsetOfBody } from './subset-of-body.ts';

async function send(
  context: AppContext,
  res: Response,
  request: { format: ExportFormat; part: 'nodes' | 'edges' },
  subset: Subset,
): Promise<undefined> {
  const graph = await exportGraphFor(context, subset);
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[request.format]);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${downloadName(graph.subset, request.format, request.part)}"`,
  );
  res.setHeader('Cache-Control', 'no-store');
  try {
    await writeFormat(request.format, graph, streamSink(res), request.part);
    res.end();
  } catch (error) {
    if (!(error instanceof ClientGone)) throw error;
  }
  return undefined;
}

export function exportEndpoints(context: AppContext): Endpoint[] {
  const queue = new ConcurrencyLimit(
    context.config.cypher.maxConcurrent,
    context.config.cypher.maxQueued,
    'export',
  );
  const before = [rateLimit('export', context.config.rateLimits.exportPerMinute)];
  const produces = Object.values(CONTENT_TYPES);
  return [
    defineEndpoint({
      method: 'get',
      path: '/export',
      tags: ['export'],
      summary:
        'Download a subgraph (keys, ego network or who met whom) as JSON, GEXF, GraphML, CSV or Cypher.',
      query: exportQuery,
      params: noParams,
      body: noBody,
      response: download,
      produces,
      before,
      handler: ({ query }, _req, res) => {
        const subset: Subset = query.keys
          ? { kind: 'keys', keys: query.keys }
          : query.ego
            ? { kind: 'ego', key: query.ego, depth: query.depth }
            : { kind: 'meetings', from: query.from, to: query.to, status: query.status };
        return queue.run(res, () => send(context, res, query, subset));
      },
    }),
    defineEndpoint({
      method: 'post',
      path: '/export',
      tags: ['export'],
      summary: 'Download a subgraph, also by a read-only Cypher query, in the asked format.',
      query: noQuery,
      params: noParams,
      body: exportBody,
      response: download,
      produces,
      before,
      handler: ({ body }, _req, res) => {
        const subset = subsetOfBody(body);
        return queue.run(res, () => send(context, res, body, subset));
      },
    }),
  ];
}
