// Every command-line tool answers --help with its usage, and fails with one line on stderr, never a stack trace.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import '../support/provided.ts';
import { runScript, type ScriptRun } from '../support/run-script.ts';

function runTool(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  return runScript(script, args, { env });
}

/** Each tool with the usage line it prints and one bad invocation that fails before any database is reached. */
const TOOLS: { script: string; usage: string; bad: string[]; says: RegExp }[] = [
  { script: 'start', usage: 'usage: npm start', bad: ['--port', '80'], says: /Unknown option '--port'/ },
  { script: 'neo4j', usage: 'usage: npm run neo4j', bad: ['restart'], says: /unknown command "restart"/ },
  { script: 'seed', usage: 'usage: npm run seed', bad: ['cypher/seed'], says: /Unexpected argument/ },
  {
    script: 'export',
    usage: 'usage: npm run export',
    bad: ['--format', 'json', '--keys', 'Person:x', '--out', '/nonexistent/x.json'],
    says: /ENOENT.*\/nonexistent\/x\.json/,
  },
  {
    script: 'generate-corpus',
    usage: 'usage: npm run generate-corpus',
    bad: ['--relationships', 'many'],
    says: /--relationships must be a whole number/,
  },
  {
    script: 'bulk-load',
    usage: 'usage: npm run bulk-load',
    bad: ['/nonexistent/corpus'],
    says: /no such directory: \/nonexistent\/corpus/,
  },
  { script: 'build-client', usage: 'usage: npm run build:client', bad: ['--watch'], says: /Unknown option/ },
  {
    script: 'bench/run',
    usage: 'usage: npm run bench',
    bad: ['--only', 'apis'],
    says: /--only takes .*; not apis/,
  },
  {
    script: 'bench/api-cpu',
    usage: 'usage: npx tsx bench/api-cpu.ts',
    bad: ['--rounds', 'x'],
    says: /--rounds must/,
  },
  {
    script: 'bench/load-test',
    usage: 'usage: npm run bench:load',
    bad: ['--duration', '0'],
    says: /--duration must be a whole number from 1/,
  },
];

describe.each(TOOLS)('$script.ts', ({ script, usage, bad, says }) => {
  it('prints its usage for --help and exits 0', async () => {
    const run = await runTool(script, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(usage);
    expect(run.stderr).toBe('');
  });

  it(`fails with one line for ${bad.join(' ')}`, async () => {
    const run = await runTool(script, bad);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(says);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('scripts/export.ts against the real database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };

  it('writes the export to --out and says so on stderr', async () => {
    const out = join(dir, 'trump.json');
    const run = await runTool(
      'export',
      ['--format', 'json', '--ego', 'Person:donald-trump', '--out', out],
      env,
    );
    expect(run.stderr.trim()).toBe(`Wrote ${out}`);
    expect(run.code).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { key: string }[] };
    expect(graph.nodes.map((node) => node.key)).toContain('Person:donald-trump');
  });

  it('leaves no file behind when the export itself fails', async () => {
    const out = join(dir, 'unknown.json');
    const run = await runTool(
      'export',
      ['--format', 'json', '--ego', 'Person:nobody-at-all', '--out', out],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^export: not_found: .*nobody-at-all/),
    ]);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});
