// POST /api/cypher: the user's own read-only Cypher, rate-limited and behind its own concurrency queue.

import type { Response } from 'express';
import { cypherBody, cypherResponse, noParams, noQuery } from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { ConcurrencyLimit } from '../http/concurrency.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { runCypher } from './cypher.service.ts';

/** Aborts when the client hangs up before its answer is written (a Cancel in the console, a closed tab). */
function hangUpSignal(res: Response): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onClose = (): void => {
    if (!res.writableFinished) controller.abort();
  };
  res.once('close', onClose);
  return { signal: controller.signal, dispose: () => res.off('close', onClose) };
}

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
        'timeout (408 query_timeout) and a row cap (summary.truncated). 503 busy when the queue is full. ' +
        "A query Neo4j cannot read is a 400 whose details.position says where; the planner's notifications " +
        '(unknown label, cartesian product) come in summary.notifications. A client that hangs up has its ' +
        'query stopped in the database.',
      query: noQuery,
      params: noParams,
      body: cypherBody,
      response: cypherResponse,
      before: [rateLimit('cypher', rateLimits.cypherPerMinute)],
      handler: async ({ body }, _req, res) => {
        const hangUp = hangUpSignal(res);
        try {
          return await queue.run(res, () => runCypher(context, body.query, body.params, hangUp.signal));
        } finally {
          hangUp.dispose();
        }
      },
    }),
  ];
}
