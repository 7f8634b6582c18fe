// Request logs: one structured line per request with id, path, status and time — and no parameters or secrets.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { createLogger } from '../../server/logger.ts';
import { listen, type RunningServer } from '../../server/server.ts';
import { waitFor } from '../support/wait-for.ts';

describe('request logs', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const driver = createDriver(inject('neo4j'));
  let running: RunningServer;

  beforeAll(async () => {
    const config = { ...loadConfig({ LOG_LEVEL: 'info' }), neo4j: inject('neo4j') };
    running = await listen(createApp({ driver, config, logger: createLogger('info', sink) }), 0, '127.0.0.1');
  });
  afterAll(async () => {
    await running.close();
    await driver.close();
  });

  it('logs id, method, path, status and response time, without query strings, bodies or credentials', async () => {
    await fetch(`${running.url}/api/search?q=secret-search-term`, {
      headers: { authorization: 'Bearer hunter2-token' },
    });
    await fetch(`${running.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-1' },
      body: JSON.stringify({ query: 'RETURN $p AS p', params: { p: 'secret-parameter-value' } }),
    });
    // pino-http writes the line when the response finishes, which may be just after fetch resolves.
    const cypherLine = await waitFor(
      () => lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'log-test-1'),
      { timeoutMs: 5_000, what: 'the log line of request log-test-1' },
    );
    expect(lines.filter((line) => line.req).length).toBeGreaterThanOrEqual(2);
    expect(cypherLine).toMatchObject({
      req: { method: 'POST', path: '/api/cypher' },
      res: { status: expect.any(Number) },
    });
    expect(cypherLine?.responseTime).toEqual(expect.any(Number));
    const everything = JSON.stringify(lines);
    for (const secret of ['secret-search-term', 'secret-parameter-value', 'hunter2-token']) {
      expect(everything).not.toContain(secret);
    }
  });
});
