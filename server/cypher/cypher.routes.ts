// POST /api/cypher: the user's own read-only Cypher, rate-limited and behind its own concurrency queue.
import { cypherBody, cypherResponse, noParams, noQuery } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { ConcurrencyLimit } from '../http/concurrency.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { runCypher } from './cypher.service.ts';

export function cypherEndpoints(context: AppContext): Endpoint[] {
  const { cypher, rateLimits } = context.config;
  const queue = new ConcurrencyLimit(cypher.maxConcurrent, cypher.maxQueued, 'Cypher');
  return [
    defineEndpoint({
      method: 'post',
      path: '/cypher',
      tags: ['cypher'],
      summary:
        'Run one read-only Cypher query; rows as plain JSON and the nodes and relationships as a graph.',
      description:
        'Refused (400 query_refused) unless EXPLAIN shows a read of this database using only allowed ' +
        'operators, procedures and functions. Runs in a READ transaction that is rolled back, with a ' +
        'timeout (408 query_timeout) and a row cap (summary.truncated). 503 busy when the queue is full.',
      query: noQuery,
      params: noParams,
      body: cypherBody,
      response: cypherResponse,
      before: [rateLimit('cypher', rateLimits.cypherPerMinute)],
      handler: ({ body }, _req, res) => queue.run(res, () => runCypher(context, body.query, body.params)),
    }),
  ];
}
