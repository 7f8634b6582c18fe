// `npm run users` through the real CLI process against the suite's Neo4j: add prints a token that works
// against the API, list shows no hash, passwd and revoke take effect, mistakes end in one line, and the
// database holds no plaintext password or token.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { rows } from '../support/database.ts';
import { resetToSeedGraph } from '../support/reset-graph.ts';
import { useTestApp } from '../support/test-app.ts';
import '../support/provided.ts';
import { runScript, type ScriptRun } from '../support/run-script.ts';

function users(args: string[], stdin?: string): Promise<ScriptRun> {
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
  return runScript('users', args, { env, ...(stdin === undefined ? {} : { stdin }) });
}

function tokenIn(run: ScriptRun): string {
  const token = /\bag_[A-Za-z0-9_-]{40,}\b/.exec(run.stdout)?.[0];
  expect(token, run.stdout + run.stderr).toBeDefined();
  return token ?? '';
}

function expectOneLineFailure(run: ScriptRun, says: RegExp, code = 1): void {
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(says);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

const NAME = 'cli-editor';
const FIRST = 'first long password';
const SECOND = 'second long password';

describe('npm run users', () => {
  const app = useTestApp();
  afterAll(resetToSeedGraph);

  async function whoAmI(token: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${app.url}/api/session`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json() };
  }

  async function signIn(password: string): Promise<number> {
    const response = await fetch(`${app.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: NAME, password }),
    });
    return response.status;
  }

  const tokens: string[] = [];

  it('prints its usage for --help', async () => {
    const run = await users(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: npm run users -- add NAME --role');
  });

  it('adds an editor with a password from stdin and prints a token that works against the API', async () => {
    const run = await users(['add', NAME, '--role', 'editor', '--password-stdin'], `${FIRST}\n`);
    expect(run.code, run.stderr).toBe(0);
    const token = tokenIn(run);
    tokens.push(token);
    expect(await whoAmI(token)).toEqual({ status: 200, body: { user: { name: NAME, role: 'editor' } } });
    expect(await signIn(FIRST)).toBe(200);
  });

  it('lists accounts without any hash or token', async () => {
    const run = await users(['list']);
    expect(run.code, run.stderr).toBe(0);
    const line = run.stdout.split('\n').find((text) => text.startsWith(NAME));
    expect(line).toMatch(new RegExp(`^${NAME}\\s+editor\\s+\\d{4}-\\d\\d-\\d\\dT[\\d:]+ by cli\\s+-$`));
    expect(run.stdout).not.toMatch(/argon2|ag_|[0-9a-f]{64}/);
  });

  it('changes the password (the old one stops working) and issues a further token', async () => {
    const passwd = await users(['passwd', NAME, '--password-stdin'], `${SECOND}\n`);
    expect(passwd.code, passwd.stderr).toBe(0);
    expect(await signIn(FIRST)).toBe(401);
    expect(await signIn(SECOND)).toBe(200);
    const issued = await users(['token', NAME]);
    expect(issued.code, issued.stderr).toBe(0);
    const token = tokenIn(issued);
    tokens.push(token);
    expect(token).not.toBe(tokens[0]);
    for (const each of tokens) expect((await whoAmI(each)).status).toBe(200);
  });

  it('keeps no plaintext password or token in the database', async () => {
    const stored = await rows<{ props: Record<string, unknown> }>('MATCH (n) RETURN properties(n) AS props');
    const text = JSON.stringify(stored);
    for (const secret of [FIRST, SECOND, ...tokens, ...tokens.map((token) => token.slice(3))]) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses mistakes with one line: an existing name, a bad role, a short password, no terminal', async () => {
    expectOneLineFailure(
      await users(['add', NAME, '--role', 'editor', '--password-stdin'], `${FIRST}\n`),
      /^users: user_exists: /,
    );
    expectOneLineFailure(
      await users(['add', 'cli-x', '--role', 'boss', '--password-stdin'], 'x\n'),
      /--role/,
      2,
    );
    expectOneLineFailure(
      await users(['add', 'cli-short', '--role', 'reader', '--password-stdin'], 'short\n'),
      /weak_password/,
    );
    expectOneLineFailure(await users(['add', 'cli-tty', '--role', 'reader']), /--password-stdin/, 2);
    expectOneLineFailure(await users(['revoke', 'cli-nobody']), /^users: not_found: /);
    expectOneLineFailure(
      await users(['add', 'Bad Name', '--role', 'reader', '--no-password']),
      /invalid_user_name/,
    );
  });

  it('revokes the account: its tokens answer 401 at once and list shows it revoked', async () => {
    const run = await users(['revoke', NAME]);
    expect(run.code, run.stderr).toBe(0);
    for (const token of tokens) expect((await whoAmI(token)).status).toBe(401);
    expect(await signIn(SECOND)).toBe(401);
    const listed = await users(['list']);
    const line = listed.stdout.split('\n').find((text) => text.startsWith(NAME));
    expect(line).toMatch(/\d{4}-\d\d-\d\dT[\d:]+$/);
    const changes = await rows<{ action: string }>(
      'MATCH (c:Change {key: $key}) RETURN c.action AS action ORDER BY c.at, action',
      { key: `User:${NAME}` },
    );
    expect(changes.map((change) => change.action)).toEqual(
      expect.arrayContaining(['user_added', 'token_issued', 'password_changed', 'user_revoked']),
    );
  });
});
