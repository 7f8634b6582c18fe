// Fuzzing /api/admin: any method, sub-path, Authorization header and body — refused (401) without a server
// token and without accounts, 401 for anything but the exact token, and never a write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseFingerprint, fingerprint } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { encodeComponent, FUZZ_RUNS, fuzzOnce } from './support/fuzz-request.ts';
import { hostileJson, hostileString } from './support/hostile-values.ts';

const TOKEN = 'fuzz-admin-token-5f1c2a';

/** What fetch can put in a header: no CR, LF or NUL, nothing above U+00FF. */
function headerSafe(value: string): string {
  return [...value].filter((char) => /[\t\x20-\x7e\x80-\xff]/.test(char)).join('');
}

/** Near misses of the token (never the token itself, which would re-seed), and junk. */
const authorization = fc.oneof(
  fc.constantFrom(
    `Bearer ${TOKEN}x`,
    `Bearer ${TOKEN.slice(0, -1)}`,
    `Bearer ${TOKEN.toUpperCase()}`,
    `bearer ${TOKEN}`,
    `Bearer  ${TOKEN}`,
    `Bearer\t${TOKEN}`,
    TOKEN,
    `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`,
    `Bearer ${TOKEN},Bearer ${TOKEN}`,
    'Bearer ',
    '',
  ),
  hostileString.map((value) => `Bearer ${headerSafe(value)}`),
  hostileString.map(headerSafe),
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path: fc.oneof(
    fc.constant('seed'),
    fc.constantFrom('seed/', 'SEED', 'seed?x=1', '', '../admin/seed', '%73eed'),
    // `.` and `..` would be resolved by the URL parser to another route.
    hostileString.map((value) => encodeComponent(value).replace(/^\.{1,2}$/, 'dots')),
  ),
  authorization: fc.option(authorization, { nil: undefined }),
  body: fc.option(hostileJson, { nil: undefined }),
});

const codeOf = (text: string): string =>
  (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? '';

describe('fuzzing /api/admin', () => {
  let closed: TestApp;
  let open: TestApp;
  let before: DatabaseFingerprint;
  beforeAll(async () => {
    before = await fingerprint();
    closed = await startTestApp();
    open = await startTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await closed?.close();
    await open?.close();
  });

  it(`refuses ${FUZZ_RUNS} generated requests on each server: 401 without the right token`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, authorization, body }) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (authorization !== undefined) headers.authorization = authorization;
        const sent = {
          method,
          url: `/api/admin/${path}`,
          headers,
          ...(body === undefined || method === 'GET' ? {} : { body: JSON.stringify(body) }),
        };
        // Limits and the JSON parser run before any route: an over-long URL (414/431) or a body that is not
        // JSON (400) is refused before the token is even looked at.
        const off = await fuzzOnce(closed.url, sent);
        expect(codeOf(off.text), off.text).toMatch(
          /^(unauthorized|malformed_json|uri_too_long|headers_too_large)$/,
        );
        const guarded = await fuzzOnce(open.url, sent);
        expect(codeOf(guarded.text), guarded.text).toMatch(
          /^(unauthorized|malformed_json|uri_too_long|headers_too_large)$/,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 300_000);

  it('wrote nothing, and both servers still answer', async () => {
    expect(await fingerprint()).toEqual(before);
    expect((await fetch(`${closed.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${open.url}/api/health`)).status).toBe(200);
  });
});
