// Browser sessions over HTTP: sign-in sets an HttpOnly SameSite=Strict cookie and answers a CSRF token;
// requests by cookie that are not GETs need that token; sign-out, a password change and revocation end it.
import { afterAll, describe, expect, it } from 'vitest';
import { changePassword, revokeUser } from '../../../server/auth/users.service.ts';
import { createTestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { startTestApp, useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';
import { request, sessionCookieOf, signIn } from './auth-support.ts';

const PASSWORD = 'correct horse battery';
const READ = { query: 'MATCH (p:Person) RETURN count(p) AS people' };

describe('browser sessions', () => {
  const app = useTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '100' } });
  afterAll(resetToSeedGraph);

  it('signs in with name and password: an HttpOnly, SameSite=Strict cookie and a CSRF token', async () => {
    const editor = await createTestUser(app, { name: 'ses-editor', role: 'editor', password: PASSWORD });
    const answer = await signIn(app.url, editor.name, PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user: { name: editor.name, role: 'editor' } });
    expect(answer.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const setCookie = answer.headers.getSetCookie().find((line) => line.startsWith('actorgraph_session='));
    const flags = (setCookie ?? '').split(';').map((part) => part.trim());
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=43200']));
    expect(flags).not.toContain('Secure');

    const cookie = sessionCookieOf(answer);
    const me = await request(app.url, 'GET', '/api/session', { headers: { cookie } });
    expect(me.body).toMatchObject({
      user: { name: editor.name, role: 'editor' },
      csrfToken: answer.body.csrfToken,
    });

    const stored = await rows<{ props: Record<string, unknown> }>(
      'MATCH (n) WHERE n:Session OR n:User RETURN properties(n) AS props',
    );
    const text = JSON.stringify(stored);
    expect(text).not.toContain(cookie.split('=')[1]);
    expect(text).not.toContain(answer.body.csrfToken);
    expect(text).not.toContain(PASSWORD);
    const user = stored.find((row) => row.props.name === editor.name);
    expect(user?.props.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a request by cookie that is not a GET without the right X-CSRF-Token (403), and takes it with', async () => {
    const editor = await createTestUser(app, { name: 'ses-csrf', role: 'editor', password: PASSWORD });
    const signedIn = await signIn(app.url, editor.name, PASSWORD);
    const cookie = sessionCookieOf(signedIn);
    const withoutToken: Record<string, string>[] = [{ cookie }, { cookie, 'x-csrf-token': 'not-the-token' }];
    for (const headers of withoutToken) {
      const refused = await request(app.url, 'POST', '/api/cypher', { headers, body: READ });
      expectErrorShape(refused, 403);
      expect(refused.body.error.code).toBe('csrf_failed');
    }
    const passed = await request(app.url, 'POST', '/api/cypher', {
      headers: { cookie, 'x-csrf-token': signedIn.body.csrfToken },
      body: READ,
    });
    expect(passed.status).toBe(200);
    // Another session's token is no good either.
    const other = await signIn(app.url, editor.name, PASSWORD);
    const crossed = await request(app.url, 'POST', '/api/cypher', {
      headers: { cookie, 'x-csrf-token': other.body.csrfToken },
      body: READ,
    });
    expect(crossed.status).toBe(403);
    // GETs by cookie need no token.
    expect((await request(app.url, 'GET', '/api/search?q=trump', { headers: { cookie } })).status).toBe(200);
  });

  it('writes by cookie only with the CSRF token: POST /api/articles 403 without, 201 with', async () => {
    const editor = await createTestUser(app, { name: 'ses-write', role: 'editor', password: PASSWORD });
    const signedIn = await signIn(app.url, editor.name, PASSWORD);
    const cookie = sessionCookieOf(signedIn);
    const body = { text: `An article ${editor.name} adds from the browser, for the session test.` };
    const refused = await request(app.url, 'POST', '/api/articles', { headers: { cookie }, body });
    expectErrorShape(refused, 403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const written = await request(app.url, 'POST', '/api/articles', {
      headers: { cookie, 'x-csrf-token': signedIn.body.csrfToken },
      body,
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
  });

  it('a role check by cookie: a reader’s session is refused an admin endpoint (403) even with the CSRF token', async () => {
    const reader = await createTestUser(app, { name: 'ses-reader', role: 'reader', password: PASSWORD });
    const signedIn = await signIn(app.url, reader.name, PASSWORD);
    const answer = await request(app.url, 'POST', '/api/admin/seed', {
      headers: { cookie: sessionCookieOf(signedIn), 'x-csrf-token': signedIn.body.csrfToken },
      body: {},
    });
    expectErrorShape(answer, 403);
    expect(answer.body.error.code).toBe('forbidden');
  });

  it('signs out: the session ends, the cookie is cleared, and the old cookie reads as anonymous', async () => {
    const editor = await createTestUser(app, { name: 'ses-out', role: 'editor', password: PASSWORD });
    const signedIn = await signIn(app.url, editor.name, PASSWORD);
    const cookie = sessionCookieOf(signedIn);
    const withoutToken = await request(app.url, 'POST', '/api/session/sign-out', {
      headers: { cookie },
      body: {},
    });
    expect(withoutToken.status).toBe(403);
    const out = await request(app.url, 'POST', '/api/session/sign-out', {
      headers: { cookie, 'x-csrf-token': signedIn.body.csrfToken },
      body: {},
    });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.headers.getSetCookie().some((line) => /^actorgraph_session=;.*Max-Age=0/.test(line))).toBe(
      true,
    );
    const after = await request(app.url, 'GET', '/api/session', { headers: { cookie } });
    expect(after.body).toEqual({ user: null });
    const ended = await rows<{ endedBecause: string }>(
      'MATCH (s:Session {userName: $name}) RETURN s.endedBecause AS endedBecause',
      { name: editor.name },
    );
    expect(ended).toEqual([{ endedBecause: 'signed_out' }]);
  });

  it('a password change ends open sessions and the new password signs in; revocation ends them too', async () => {
    const editor = await createTestUser(app, { name: 'ses-change', role: 'editor', password: PASSWORD });
    const cookie = sessionCookieOf(await signIn(app.url, editor.name, PASSWORD));
    await changePassword(app, { by: 'test-setup', name: editor.name, password: 'another long password' });
    expect((await request(app.url, 'GET', '/api/session', { headers: { cookie } })).body).toEqual({
      user: null,
    });
    expect((await signIn(app.url, editor.name, PASSWORD)).status).toBe(401);
    const again = await signIn(app.url, editor.name, 'another long password');
    expect(again.status).toBe(200);
    await revokeUser(app, { by: 'test-setup', name: editor.name });
    const revokedCookie = sessionCookieOf(again);
    expect(
      (await request(app.url, 'GET', '/api/session', { headers: { cookie: revokedCookie } })).body,
    ).toEqual({
      user: null,
    });
    expect((await signIn(app.url, editor.name, 'another long password')).status).toBe(401);
  });

  it('ends a session at its expiry: 12 hours after sign-in, then the cookie reads as signed out and is cleared', async () => {
    const editor = await createTestUser(app, { name: 'ses-expiry', role: 'editor', password: PASSWORD });
    const signedIn = await signIn(app.url, editor.name, PASSWORD);
    const hours = (Date.parse(signedIn.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const cookie = sessionCookieOf(signedIn);
    // Time travel: the stored expiry moves into the past, as 12 hours later.
    await rows('MATCH (s:Session {userName: $name}) SET s.expiresAt = datetime() - duration({seconds: 1})', {
      name: editor.name,
    });
    const after = await request(app.url, 'GET', '/api/session', { headers: { cookie } });
    expect(after.body).toEqual({ user: null });
    expect(after.headers.getSetCookie().some((line) => /^actorgraph_session=;.*Max-Age=0/.test(line))).toBe(
      true,
    );
  });

  it('marks the cookie Secure when ACTORGRAPH_SECURE_COOKIES says a TLS proxy is in front', async () => {
    const secureApp = await startTestApp({ env: { ACTORGRAPH_SECURE_COOKIES: '1' } });
    try {
      const editor = await createTestUser(secureApp, {
        name: 'ses-secure',
        role: 'editor',
        password: PASSWORD,
      });
      const answer = await signIn(secureApp.url, editor.name, PASSWORD);
      const setCookie = answer.headers.getSetCookie().find((line) => line.startsWith('actorgraph_session='));
      expect(setCookie?.split(';').map((part) => part.trim())).toContain('Secure');
    } finally {
      await secureApp.close();
    }
  });
});
