// Brute force on sign-in: a wrong name and a wrong password answer the same 401; after 5 failures for a
// name within 15 minutes even the right password gets 429 with Retry-After (counted in the database, so a
// second API process agrees); one client address gets RATE_LIMIT_SIGN_IN_PER_MINUTE attempts a minute.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { startTestApp, useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';
import { signIn } from './auth-support.ts';

const PASSWORD = 'a long enough password';

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('sign-in brute force', () => {
  const app = useTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' } });
  const other = useTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' } });
  afterAll(resetToSeedGraph);

  it('answers a wrong name and a wrong password alike, both paying for a password hash', async () => {
    const editor = await createTestUser(app, { name: 'lim-same', role: 'editor', password: PASSWORD });
    const wrongName = await signIn(app.url, `${editor.name}-nobody`, PASSWORD);
    const wrongPassword = await signIn(app.url, editor.name, `${PASSWORD}!`);
    expectErrorShape(wrongName, 401);
    expect(wrongName.body).toEqual(wrongPassword.body);
    // Both verify an argon2id hash, so an unknown name is not answered noticeably faster (loose bounds: the
    // machine is shared; a missing dummy hash would be ~10x faster).
    const unknown: number[] = [];
    const known: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      unknown.push(await timed(() => signIn(app.url, `lim-ghost-${round}`, PASSWORD)));
      known.push(await timed(() => signIn(app.url, editor.name, `wrong-${round}-password`)));
    }
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
  });

  it('after 5 failures for a name answers 429 with Retry-After, even to the right password, on every process', async () => {
    const editor = await createTestUser(app, { name: 'lim-five', role: 'editor', password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(app.url, editor.name, `wrong password ${attempt}`)).status).toBe(401);
    }
    const limited = await signIn(app.url, editor.name, PASSWORD);
    expectErrorShape(limited, 429);
    expect(limited.body.error.code).toBe('sign_in_rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // The count is in the database: another API process refuses the name too, also in other letter case.
    expect((await signIn(other.url, editor.name.toUpperCase(), PASSWORD)).status).toBe(429);
    const stored = await rows<{ failures: number }>(
      'MATCH (a:SignInAttempt {name: $name}) RETURN count(a) AS failures',
      { name: editor.name },
    );
    expect(Number(stored[0]?.failures)).toBe(5);
    // Other names are unaffected.
    const neighbour = await createTestUser(app, { name: 'lim-other', role: 'editor', password: PASSWORD });
    expect((await signIn(app.url, neighbour.name, PASSWORD)).status).toBe(200);
  });

  it('a success before the limit clears the failures', async () => {
    const editor = await createTestUser(app, { name: 'lim-clear', role: 'editor', password: PASSWORD });
    for (let attempt = 0; attempt < 4; attempt += 1)
      await signIn(app.url, editor.name, `nope nope ${attempt}`);
    expect((await signIn(app.url, editor.name, PASSWORD)).status).toBe(200);
    const stored = await rows<{ failures: number }>(
      'MATCH (a:SignInAttempt {name: $name}) RETURN count(a) AS failures',
      { name: editor.name },
    );
    expect(Number(stored[0]?.failures)).toBe(0);
  });

  it('limits sign-in attempts per client address (429 rate_limited)', async () => {
    const strict = await startTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        codes.push((await signIn(strict.url, `lim-ip-${attempt}`, PASSWORD)).status);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const limited = await signIn(strict.url, 'lim-ip-last', PASSWORD);
      expectErrorShape(limited, 429);
      expect(limited.body.error.code).toBe('rate_limited');
    } finally {
      await strict.close();
    }
  });
});
