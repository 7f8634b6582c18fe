// Timeouts, the concurrency queue and the rate limit of /api/cypher, each with its own small settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherIntake } from '../../support/cypher-intake.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectErrorShape, getJson, postJson } from '../api.ts';

const SLOW = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n';
const CYPHER_PER_MINUTE = 1_000;

describe('a query past the timeout', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        CYPHER_TIMEOUT_MS: '500',
        CYPHER_MAX_CONCURRENT: '1',
        CYPHER_MAX_QUEUED: '0',
        RATE_LIMIT_CYPHER_PER_MINUTE: String(CYPHER_PER_MINUTE),
      },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is stopped and reported, while other endpoints keep answering and a full queue answers 503', async () => {
    const intake = cypherIntake(app.url, CYPHER_PER_MINUTE);
    const before = await intake();
    const started = performance.now();
    const slow = postJson(app.url, '/api/cypher', { query: SLOW });
    // Once the server has taken it in, it holds the only slot until its timeout stops it.
    await waitFor(async () => (await intake()) - before >= 1, {
      timeoutMs: 2_000,
      what: 'the slow query to take the slot',
    });

    const other = await getJson(app.url, '/api/stats');
    expect(other.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(2_000);

    const queued = await postJson(app.url, '/api/cypher', { query: 'RETURN 1 AS x' });
    expectErrorShape(queued, 503);
    expect(queued.body.error.code).toBe('busy');

    const answer = await slow;
    expectErrorShape(answer, 408);
    expect(answer.body.error).toMatchObject({ code: 'query_timeout', details: { timeoutMs: 500 } });
    expect(performance.now() - started).toBeLessThan(10_000);

    // The slot is free again.
    expect((await postJson(app.url, '/api/cypher', { query: 'RETURN 1 AS x' })).status).toBe(200);
  });
});

describe('the rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { RATE_LIMIT_CYPHER_PER_MINUTE: '3', RATE_LIMIT_EXPORT_PER_MINUTE: '2' },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 429 in the error shape once a client passes it, on /api/cypher and /api/export', async () => {
    for (let i = 0; i < 3; i++)
      expect((await postJson(app.url, '/api/cypher', { query: 'RETURN 1 AS x' })).status).toBe(200);
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: 'RETURN 1 AS x' }), 429);
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${app.url}/api/export?format=json&keys=Person:donald-trump`);
      expect(response.status).toBe(200);
      await response.text();
    }
    expectErrorShape(await getJson(app.url, '/api/export?format=json&keys=Person:donald-trump'), 429);
    expect((await getJson(app.url, '/api/stats')).status).toBe(200);
  });
});
