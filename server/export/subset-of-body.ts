// Which subgraph and options a POST /api/export body, a GET's query string (or `npm run export`'s flags,
// parsed by the same schema) ask for.
import type { ExportBody, ExportQuery } from '../../contract/index.ts';
import type { Subset } from './export.service.ts';
import type { ExportOptions } from './sourcing.ts';

export function subsetOfBody(body: ExportBody): Subset {
  if (body.keys) return { kind: 'keys', keys: body.keys };
  if (body.ego) return { kind: 'ego', key: body.ego, depth: body.depth };
  if (body.cypher) return { kind: 'cypher', query: body.cypher.query, params: body.cypher.params };
  if (body.graph) {
    const filter = body.graph === true ? { labels: [], types: [] } : body.graph;
    return { kind: 'graph', ...filter };
  }
  const meetings = body.meetings === true ? undefined : body.meetings;
  return { kind: 'meetings', from: meetings?.from, to: meetings?.to, status: meetings?.status ?? [] };
}

export function subsetOfQuery(query: ExportQuery): Subset {
  if (query.keys) return { kind: 'keys', keys: query.keys };
  if (query.ego) return { kind: 'ego', key: query.ego, depth: query.depth };
  if (query.graph) {
    return { kind: 'graph', labels: query.labels, types: query.types, from: query.from, to: query.to };
  }
  return { kind: 'meetings', from: query.from, to: query.to, status: query.status };
}

export function optionsOf(request: ExportBody | ExportQuery): ExportOptions {
  return { withEvidence: request.withEvidence, minSources: request.minSources, maxRows: request.maxRows };
}
