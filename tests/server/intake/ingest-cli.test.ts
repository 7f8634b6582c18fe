// `npm run ingest` as a real process against a running test API: a page becomes a draft (its id printed,
// exit 0), the same text again prints the existing id with exit 3, and a token from stdin works too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { runScript, type ScriptRun } from '../../support/run-script.ts';
import { useTestApp } from '../../support/test-app.ts';
import { PAGE_HTML } from './intake-fixtures.ts';

function ingest(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<ScriptRun> {
  return runScript('ingest', args, { env: { ACTORGRAPH_TOKEN: '', ...env }, stdin });
}

describe('npm run ingest', () => {
  const app = useTestApp();
  let editor: TestUser;
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-ingest-'));

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'ingest-editor', role: 'editor' });
    writeFileSync(join(dir, 'page.html'), PAGE_HTML);
    writeFileSync(join(dir, 'note.txt'), 'A short note written for the ingest test (fixture c0de).\r\n');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetToSeedGraph();
  });

  it('adds a page as a draft and prints its id; the same page again prints that id with exit 3', async () => {
    const env = { ACTORGRAPH_TOKEN: editor.token };
    const args = [
      join(dir, 'page.html'),
      '--api',
      app.url,
      '--outlet',
      'Fjord Courier',
      '--published',
      '2025-03-04',
    ];
    const first = await ingest(args, env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const id = first.stdout.trim();
    expect(id).toMatch(/^art_[0-9a-f]{16}$/);
    const [stored] = await rows(
      'MATCH (a:Article {id: $id}) RETURN a.status AS status, a.addedBy AS by, a.outlet AS outlet',
      { id },
    );
    expect(stored).toEqual({ status: 'draft', by: editor.name, outlet: 'Fjord Courier' });

    const again = await ingest(args, env);
    expect(again.code).toBe(3);
    expect(again.stdout.trim()).toBe(id);
    expect(again.stderr).toContain('already in the graph');
  });

  it('reads the token from stdin, and ends in one line on a bad token or argument', async () => {
    const added = await ingest(
      [join(dir, 'note.txt'), '--api', app.url, '--token-stdin'],
      {},
      `${editor.token}\n`,
    );
    expect(added.code).toBe(0);
    const [stored] = await rows('MATCH (a:Article {id: $id}) RETURN a.text AS text', {
      id: added.stdout.trim(),
    });
    expect(stored).toEqual({ text: 'A short note written for the ingest test (fixture c0de).\n' });

    const refused = await ingest([join(dir, 'note.txt'), '--api', app.url], {
      ACTORGRAPH_TOKEN: 'not-a-token',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('401');

    const bad = await ingest([join(dir, 'note.txt'), '--published', '1 March'], {
      ACTORGRAPH_TOKEN: editor.token,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
