// The admin endpoint (re-seeding) needs the admin role: ACTORGRAPH_ADMIN_TOKEN or an admin account. With
// neither, nobody can call it; readers and editors get 403, unknown tokens 401, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestUser, type TestUser } from '../../support/accounts.ts';
import { fingerprint } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const ADMIN_TOKEN = 'test-admin-token-123';

async function seed(app: TestApp, headers: Record<string, string>): Promise<Response> {
  return fetch(`${app.url}/api/admin/seed`, { method: 'POST', headers });
}

describe('POST /api/admin/seed', () => {
  let closedApp: TestApp;
  let openApp: TestApp;
  let editor: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    closedApp = await startTestApp();
    openApp = await startTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } });
  });
  afterAll(async () => {
    await closedApp.close();
    await openApp.close();
    await resetToSeedGraph();
  });

  it('is refused (401) with no admin token configured and no accounts, whatever the request says', async () => {
    const before = await fingerprint();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer anything' },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    ];
    for (const headers of attempts) {
      const response = await seed(closedApp, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a missing, malformed or wrong token with 401 and changes nothing', async () => {
    const before = await fingerprint();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: ADMIN_TOKEN },
      { authorization: `bearer ${ADMIN_TOKEN}` },
    ];
    for (const headers of attempts) {
      const response = await seed(openApp, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('re-applies the seed graph with the admin token, idempotently', async () => {
    const before = await fingerprint();
    const response = await seed(openApp, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; nodes: Record<string, number> };
    expect(body.status).toBe('seeded');
    expect(body.nodes.Person).toBeGreaterThan(5);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses an editor with 403 and lets an admin account in, on a server without the admin token', async () => {
    editor = await createTestUser(closedApp, { name: 'seed-editor', role: 'editor' });
    admin = await createTestUser(closedApp, { name: 'seed-admin', role: 'admin' });
    const refused = await seed(closedApp, bearer(editor));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden', details: { role: 'admin' } } });
    const allowed = await seed(closedApp, bearer(admin));
    expect(allowed.status).toBe(200);
  });
});
