// The /api/cypher queue under slow queries: the rest of the API keeps answering promptly, excess Cypher
// gets a clear 503 with a retry hint, and clients that give up while queued never wedge the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherIntake } from '../../support/cypher-intake.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectErrorShape, postJson } from '../api.ts';

/** Keeps one core busy until the timeout stops it; no sleep procedure is on the read-only list. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n';
const TIMEOUT_MS = 6_000;
const CYPHER_PER_MINUTE = 10_000;

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function sample(url: string, times: number): Promise<{ statuses: number[]; ms: number[] }> {
  const statuses: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const answer = await timed(url);
    statuses.push(answer.status);
    ms.push(answer.ms);
  }
  return { statuses, ms };
}

describe('the Cypher queue full of slow queries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        CYPHER_MAX_CONCURRENT: '1',
        CYPHER_MAX_QUEUED: '2',
        CYPHER_TIMEOUT_MS: String(TIMEOUT_MS),
        RATE_LIMIT_CYPHER_PER_MINUTE: String(CYPHER_PER_MINUTE),
      },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps /api/search and /api/health prompt, and answers excess Cypher 503 busy with Retry-After', async () => {
    const search = `${app.url}/api/search?q=zelensky`;
    const health = `${app.url}/api/health`;
    await sample(search, 3); // warm the query plans
    const baseline = { search: await sample(search, 8), health: await sample(health, 8) };

    // One running, two waiting: the queue is full once the server has taken in all three.
    const intake = cypherIntake(app.url, CYPHER_PER_MINUTE);
    const before = await intake();
    const slow = [0, 1, 2].map(() => postJson(app.url, '/api/cypher', { query: SLOW }));
    await waitFor(async () => (await intake()) - before >= 3, {
      timeoutMs: 5_000,
      what: 'the three slow queries to reach the queue',
    });

    const excess = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1 AS x' }),
    });
    expect(excess.status).toBe(503);
    expect(excess.headers.get('retry-after')).toBe('1');
    expect(await excess.json()).toMatchObject({
      error: { code: 'busy', details: { maxConcurrent: 1, maxQueued: 2, retryAfterSeconds: 1 } },
    });

    const during = { search: await sample(search, 8), health: await sample(health, 8) };
    const ratio = median(during.search.ms) / Math.max(median(baseline.search.ms), 1);
    console.log(
      `[queue] /api/search median ${median(baseline.search.ms).toFixed(0)} ms alone, ` +
        `${median(during.search.ms).toFixed(0)} ms beside a full Cypher queue (×${ratio.toFixed(1)}); ` +
        `/api/health ${median(baseline.health.ms).toFixed(0)} → ${median(during.health.ms).toFixed(0)} ms`,
    );
    expect([...during.search.statuses, ...during.health.statuses].every((status) => status === 200)).toBe(
      true,
    );
    // Generous bounds: the machine is shared, but a starved route would wait for the slow queries (≥ 6 s each).
    expect(Math.max(...during.search.ms)).toBeLessThan(3_000);
    expect(Math.max(...during.health.ms)).toBeLessThan(3_000);
    expect(median(during.search.ms)).toBeLessThan(Math.max(10 * median(baseline.search.ms), 750));

    // The slow ones end by the timeout, each in its turn, in the error shape.
    for (const answer of await Promise.all(slow)) {
      expectErrorShape(answer, 408);
      expect(answer.body.error.code).toBe('query_timeout');
    }
  }, 90_000);

  it('gives the slot back when queued clients hang up, so the queue never wedges', async () => {
    const intake = cypherIntake(app.url, CYPHER_PER_MINUTE);
    const before = await intake();
    const running = postJson(app.url, '/api/cypher', { query: SLOW });
    await waitFor(async () => (await intake()) - before >= 1, {
      timeoutMs: 5_000,
      what: 'the slow query to take the slot',
    });
    const impatient = [0, 1].map(() =>
      fetch(`${app.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS x' }),
        signal: AbortSignal.timeout(400),
      }).catch((error: Error) => error.name),
    );
    expect(await Promise.all(impatient)).toEqual(['TimeoutError', 'TimeoutError']);
    // The server frees their places when each socket's close reaches it; until then a new request is
    // refused busy. Once one is let in, it queues behind the running query and answers when that ends.
    // The deadline is well inside the running query's timeout: a wedged queue would only free its places
    // when that query ended, so it fails here.
    const waiting = await waitFor(
      async () => {
        const answer = await postJson(app.url, '/api/cypher', { query: 'RETURN 2 AS x' });
        return answer.status !== 503 && answer;
      },
      { timeoutMs: TIMEOUT_MS / 2, what: 'a place in the queue after the hang-ups' },
    );
    expect(waiting.status).toBe(200);
    expect((await running).status).toBe(408);
    for (let i = 0; i < 4; i++) {
      expect((await postJson(app.url, '/api/cypher', { query: 'RETURN 3 AS x' })).status).toBe(200);
    }
  }, 60_000);
});
