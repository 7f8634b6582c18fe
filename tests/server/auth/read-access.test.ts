// ACTORGRAPH_READ=login: every read needs a principal (401 otherwise) except health, sign-in and the API
// description; by default reads stay open.
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, createTestUser } from '../../support/accounts.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';
import { request, sessionCookieOf, signIn } from './auth-support.ts';

const PASSWORD = 'reading needs a login';
const READS = [
  '/api/search?q=trump',
  '/api/nodes/Person:donald-trump',
  '/api/meetings',
  '/api/who-met-whom',
  '/api/no-such-route',
];

describe('ACTORGRAPH_READ=login', () => {
  const closed = useTestApp({ env: { ACTORGRAPH_READ: 'login' } });
  const open = useTestApp();
  afterAll(resetToSeedGraph);

  it('answers 401 to anonymous reads, GET and POST alike', async () => {
    for (const path of READS) expectErrorShape(await request(closed.url, 'GET', path), 401);
    const cypher = await request(closed.url, 'POST', '/api/cypher', { body: { query: 'RETURN 1 AS one' } });
    expectErrorShape(cypher, 401);
  });

  it('keeps health, the API description and the session endpoints open', async () => {
    expect((await request(closed.url, 'GET', '/api/health')).status).toBe(200);
    expect((await request(closed.url, 'GET', '/api/openapi.json')).status).toBe(200);
    expect((await request(closed.url, 'GET', '/api/session')).body).toEqual({ user: null });
    // As the router matches it: any letter case, a trailing slash.
    expect((await request(closed.url, 'GET', '/api/Session/')).body).toEqual({ user: null });
  });

  it('reads with a reader’s token or session', async () => {
    const reader = await createTestUser(closed, { name: 'read-login', role: 'reader', password: PASSWORD });
    for (const path of READS.slice(0, -1)) {
      expect((await request(closed.url, 'GET', path, { headers: bearer(reader) })).status, path).toBe(200);
    }
    const cookie = sessionCookieOf(await signIn(closed.url, reader.name, PASSWORD));
    expect((await request(closed.url, 'GET', READS[0] ?? '', { headers: { cookie } })).status).toBe(200);
  });

  it('leaves reads open by default', async () => {
    for (const path of READS.slice(0, -1))
      expect((await request(open.url, 'GET', path)).status, path).toBe(200);
  });
});
