// API tokens and roles over HTTP: no credentials 401, an unknown or revoked token 401 even on reads, a role
// too low 403, the right role in; the admin token is an admin; the database keeps only hashes.
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, revokeUser } from '../../../server/auth/users.service.ts';
import { bearer, createTestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';
import { request } from './auth-support.ts';

const ADMIN_TOKEN = 'test-admin-tokens-7d1e';

describe('API tokens and roles', () => {
  const app = useTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } });
  afterAll(resetToSeedGraph);

  it('answers 401 to a guarded endpoint without credentials', async () => {
    const answer = await request(app.url, 'POST', '/api/admin/seed');
    expectErrorShape(answer, 401);
    expect(answer.body.error.code).toBe('unauthorized');
  });

  it('answers 403 to a reader and an editor on an admin endpoint, naming the role needed', async () => {
    for (const role of ['reader', 'editor'] as const) {
      const user = await createTestUser(app, { name: `tok-${role}`, role });
      const answer = await request(app.url, 'POST', '/api/admin/seed', { headers: bearer(user) });
      expectErrorShape(answer, 403);
      expect(answer.body.error).toMatchObject({ code: 'forbidden', details: { role: 'admin' } });
    }
  });

  it('lets an editor write (POST /api/articles → 201, addedBy the editor) and refuses a reader (403)', async () => {
    const reader = await createTestUser(app, { name: 'tok-reader-write', role: 'reader' });
    const editor = await createTestUser(app, { name: 'tok-editor-write', role: 'editor' });
    const body = { text: `A test article written by ${editor.name} for the tokens test.`, title: 'Tokens' };
    const refused = await request(app.url, 'POST', '/api/articles', { headers: bearer(reader), body });
    expectErrorShape(refused, 403);
    expect((await request(app.url, 'POST', '/api/articles', { body })).status).toBe(401);
    const written = await request(app.url, 'POST', '/api/articles', { headers: bearer(editor), body });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const stored = await rows<{ addedBy: string }>(
      'MATCH (a:Article {id: $id}) RETURN a.addedBy AS addedBy',
      {
        id: written.body.article.id,
      },
    );
    expect(stored).toEqual([{ addedBy: editor.name }]);
  });

  it('knows who a token belongs to, and the admin token is the admin', async () => {
    const editor = await createTestUser(app, { name: 'tok-who', role: 'editor' });
    const me = await request(app.url, 'GET', '/api/session', { headers: bearer(editor) });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: { name: editor.name, role: 'editor' } });
    const admin = await request(app.url, 'GET', '/api/session', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(admin.body).toEqual({ user: { name: 'admin-token', role: 'admin' } });
    const anonymous = await request(app.url, 'GET', '/api/session');
    expect(anonymous.body).toEqual({ user: null });
  });

  it('refuses an unknown or malformed token with 401 even on a read, rather than reading anonymously', async () => {
    const editor = await createTestUser(app, { name: 'tok-near', role: 'editor' });
    const attempts = [
      `Bearer ${editor.token}x`,
      `Bearer ${editor.token.slice(0, -1)}`,
      'Bearer ag_unknown',
      `Basic ${Buffer.from(`${editor.name}:x`).toString('base64')}`,
      `Bearer  ${editor.token}`,
    ];
    for (const authorization of attempts) {
      const answer = await request(app.url, 'GET', '/api/search?q=trump', { headers: { authorization } });
      expectErrorShape(answer, 401);
    }
    expect((await request(app.url, 'GET', '/api/search?q=trump', { headers: bearer(editor) })).status).toBe(
      200,
    );
    expect((await request(app.url, 'GET', '/api/search?q=trump')).status).toBe(200);
  });

  it('refuses a revoked account’s token with 401, at once', async () => {
    const editor = await createTestUser(app, { name: 'tok-revoked', role: 'editor' });
    expect((await request(app.url, 'GET', '/api/session', { headers: bearer(editor) })).status).toBe(200);
    await revokeUser(app, { by: 'test-setup', name: editor.name });
    const answer = await request(app.url, 'GET', '/api/session', { headers: bearer(editor) });
    expectErrorShape(answer, 401);
  });

  it('adds one account when one name is added twice at once; the other gets 409 user_exists', async () => {
    const add = () => addUser(app, { by: 'test-setup', name: 'tok-twice', role: 'reader' });
    const results = await Promise.allSettled([add(), add()]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' ? refused.reason : undefined).toMatchObject({
      kind: 'conflict',
      code: 'user_exists',
    });
    expect(
      await rows('MATCH (u:User {name: $name}) RETURN u.name AS name', { name: 'tok-twice' }),
    ).toHaveLength(1);
  });

  it('stores tokens only as sha256 and records who added the account', async () => {
    const editor = await createTestUser(app, { name: 'tok-stored', role: 'editor' });
    const stored = await rows<{ props: Record<string, unknown> }>(
      `MATCH (n) WHERE n:User OR n:ApiToken RETURN properties(n) AS props`,
    );
    const text = JSON.stringify(stored);
    expect(text).not.toContain(editor.token);
    expect(text).not.toContain(editor.token.slice(3));
    const tokens = stored.filter((row) => row.props.userName === editor.name);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.props.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const changes = await rows<{ action: string; by: string }>(
      'MATCH (c:Change {key: $key}) RETURN c.action AS action, c.by AS by ORDER BY action',
      { key: `User:${editor.name}` },
    );
    expect(changes).toEqual([
      { action: 'token_issued', by: 'test-setup' },
      { action: 'user_added', by: 'test-setup' },
    ]);
  });
});
