// Endpoints that write are off without ACTORGRAPH_ADMIN_TOKEN and need the exact token when it is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

describe('POST /api/admin/seed', () => {
  let closedApp: TestApp;
  let openApp: TestApp;
  beforeAll(async () => {
    closedApp = await startTestApp();
    openApp = await startTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: 'test-admin-token-123' } });
  });
  afterAll(async () => {
    await closedApp.close();
    await openApp.close();
  });

  it('is off (403) when the server has no admin token, whatever the request says', async () => {
    const response = await fetch(`${closedApp.url}/api/admin/seed`, {
      method: 'POST',
      headers: { authorization: 'Bearer anything' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'admin_disabled' } });
  });

  it('refuses a missing or wrong token with 401 and changes nothing', async () => {
    const before = await fingerprint();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: 'test-admin-token-123' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${openApp.url}/api/admin/seed`, { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('re-applies the seed graph with the right token, idempotently', async () => {
    const before = await fingerprint();
    const response = await fetch(`${openApp.url}/api/admin/seed`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-admin-token-123' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; nodes: Record<string, number> };
    expect(body.status).toBe('seeded');
    expect(body.nodes.Person).toBeGreaterThan(5);
    expect(await fingerprint()).toEqual(before);
  });
});
