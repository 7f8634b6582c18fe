// Which subgraph a POST /api/export body (or `npm run export`'s flags, parsed by the same schema) asks for.
import type { ExportBody } from '../../contract/index.ts';
import type { Subset } from './export.service.ts';

export function subsetOfBody(body: ExportBody): Subset {
  if (body.keys) return { kind: 'keys', keys: body.keys };
  if (body.ego) return { kind: 'ego', key: body.ego, depth: body.depth };
  if (body.cypher) return { kind: 'cypher', query: body.cypher.query, params: body.cypher.params };
  const meetings = body.meetings === true ? undefined : body.meetings;
  return { kind: 'meetings', from: meetings?.from, to: meetings?.to, status: meetings?.status ?? [] };
}
