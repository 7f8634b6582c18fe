// Secrets come from the environment only: no credential literal in the server or scripts other than the
// documented loopback default, and no module but config.ts reads process.env.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/local-neo4j/paths.ts';
import { LOCAL_DEFAULT_PASSWORD, loadConfig } from '../../../server/config.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|cypher|json)$/.test(entry.name) ? [path] : [];
  });
}

const files = [...sources(join(repoRoot, 'server')), ...sources(join(repoRoot, 'scripts'))].map((path) => ({
  path: relative(repoRoot, path),
  text: readFileSync(path, 'utf8'),
}));

describe('secrets', () => {
  it('has the local default password in exactly one place, server/config.ts', () => {
    const holders = files
      .filter((file) => file.text.includes(LOCAL_DEFAULT_PASSWORD))
      .map((file) => file.path);
    expect(holders).toEqual(['server/config.ts']);
  });

  it('has no other password, token or key literal in code', () => {
    // `password: '…'`, `token = "…"`, `Bearer abc…`, `apiKey: '…'` with a literal value.
    const literal =
      /\b(password|passwd|secret|token|api[_-]?key)\b["']?\s*[:=]\s*["'`][^"'`\s]{4,}["'`]|Bearer [A-Za-z0-9._-]{8,}/i;
    const offenders = files
      .flatMap((file) =>
        file.text.split('\n').map((line, index) => ({ where: `${file.path}:${index + 1}`, line })),
      )
      .filter(({ line }) => literal.test(line) && !line.includes('LOCAL_DEFAULT_PASSWORD'));
    expect(offenders).toEqual([]);
  });

  it('reads the environment in server/config.ts only', () => {
    const readers = files
      .filter((file) => file.path.startsWith('server/') && /process\.env\b/.test(file.text))
      .map((file) => file.path);
    expect(readers).toEqual(['server/config.ts']);
  });

  it('takes the database password and the admin token from the environment, and has no admin token by default', () => {
    const config = loadConfig({ NEO4J_PASSWORD: 'from-env-1', ACTORGRAPH_ADMIN_TOKEN: 'from-env-2' });
    expect(config.neo4j.password).toBe('from-env-1');
    expect(config.adminToken).toBe('from-env-2');
    expect(loadConfig({}).adminToken).toBeUndefined();
    expect(loadConfig({ ACTORGRAPH_ADMIN_TOKEN: '' }).adminToken).toBeUndefined();
  });
});
