// Health through a database outage: a private local Neo4j is killed and restarted under a running server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import type { Neo4jConnection } from '../../server/config.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startLocalTestNeo4j } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

async function timedHealth(url: string): Promise<{ status: number; ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, ms: performance.now() - started, body: await response.json() };
}

describe('GET /api/health while Neo4j goes away and comes back', () => {
  let neo4j: { server: LocalNeo4j; connection: Neo4jConnection; remove: () => Promise<void> };
  let app: TestApp;

  beforeAll(async () => {
    neo4j = await startLocalTestNeo4j();
    app = await startTestApp({ connection: neo4j.connection });
  });
  afterAll(async () => {
    await app?.close();
    await neo4j?.remove();
  });

  it('answers 503 within 2 s while the database is down, then 200 again without a server restart', async () => {
    expect((await timedHealth(app.url)).status).toBe(200);

    await neo4j.server.kill();
    const down = await timedHealth(app.url);
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(2_000);
    expect(down.body).toMatchObject({
      error: { code: 'database_unavailable', details: { retryAfterSeconds: 5 } },
    });

    await neo4j.server.start();
    const recovered = await waitFor(
      async () => {
        const health = await timedHealth(app.url);
        return health.status === 200 && health;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'health to answer 200 after the restart' },
    );
    expect(recovered.body).toMatchObject({ neo4j: { version: expect.any(String) } });
  });
});
