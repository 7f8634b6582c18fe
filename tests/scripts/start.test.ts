// `npm start` end to end: the bundled Neo4j, seeding once, graceful SIGTERM, and no Java process left behind.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/local-neo4j/paths.ts';
import { freePort } from '../../scripts/local-neo4j/port.ts';
import { SERVER_NODE_FLAGS } from '../../server/heap-growth.ts';
import { cypherIntake } from '../support/cypher-intake.ts';
import { waitFor } from '../support/wait-for.ts';

const CYPHER_PER_MINUTE = 1_000;

/** `npm start`'s command line as package.json gives it: `node`, its flags, then the script. */
const START_COMMAND = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start.split(' ');

interface StartedProduct {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s command line, with the bundled Neo4j on a free port and a private data dir. */
async function startProduct(dataDir: string, boltPort: number, port: number): Promise<StartedProduct> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_LOCAL_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE: '128m',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_CYPHER_PER_MINUTE: String(CYPHER_PER_MINUTE),
  };
  const child = spawn(process.execPath, START_COMMAND.slice(1), { cwd: repoRoot, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Ready when it says so; an exit before that fails at once instead of waiting out the deadline.
  const ready = waitFor(() => output.includes('actorgraph is ready at'), {
    timeoutMs: 180_000,
    intervalMs: 250,
    what: 'start.ts to report ready',
  }).catch((error: Error) => {
    throw new Error(`${error.message}:\n${output}`);
  });
  const died = exited.then((code) => {
    throw new Error(`start.ts exited (${code}) before it was ready:\n${output}`);
  });
  await Promise.race([ready, died]);
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

function javaProcessesFor(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('CommunityEntryPoint') && cmdline.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function personCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/stats`);
  const body = (await response.json()) as { labels: Record<string, number> };
  return body.labels.Person ?? 0;
}

describe('npm start (scripts/start.ts) with the bundled Neo4j', () => {
  it('serves with the node flags the bench measured, as the Docker image does', () => {
    expect(START_COMMAND[0]).toBe('node');
    expect(START_COMMAND.slice(-3)).toEqual(['--import', 'tsx', 'scripts/start.ts']);
    const dockerCommand = /^CMD (.+)$/m.exec(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'))?.[1] ?? '[]';
    expect(JSON.parse(dockerCommand)).toEqual(START_COMMAND);
    for (const flag of SERVER_NODE_FLAGS) expect(START_COMMAND).toContain(flag);
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds an empty database once, reuses it on restart, and stops cleanly on SIGTERM', async () => {
    const boltPort = await freePort();
    const first = await startProduct(dataDir, boltPort, await freePort());
    expect(first.output()).toContain('loading the schema and the seed graph');
    const health = (await (await fetch(`${first.url}/api/health`)).json()) as { neo4j: { version: string } };
    expect(health.neo4j.version).toMatch(/^5\.26\./);
    const persons = await personCount(first.url);
    expect(persons).toBeGreaterThan(5);

    // A request in flight when SIGTERM arrives still gets its answer.
    const intake = cypherIntake(first.url, CYPHER_PER_MINUTE);
    const before = await intake();
    const slow = fetch(`${first.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'UNWIND range(1, 6000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n',
      }),
    });
    await waitFor(async () => (await intake()) - before >= 1, {
      timeoutMs: 5_000,
      what: 'the server to take the slow query in',
    });
    first.child.kill('SIGTERM');
    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(await first.exited).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);

    const second = await startProduct(dataDir, boltPort, await freePort());
    expect(second.output()).not.toContain('loading the schema and the seed graph');
    // A database that is not empty is brought up to the current schema (idempotent; docs/data-model.md).
    expect(second.output()).not.toContain('schema was not brought up to date');
    expect(await personCount(second.url)).toBe(persons);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(javaProcessesFor(dataDir)).toEqual([]);
  }, 420_000);
});
