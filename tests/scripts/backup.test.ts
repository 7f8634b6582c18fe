// npm run backup / restore through the real command line: a logical backup of the suite's database (seed
// graph, an account with its argon2 hash, history, a draft item, a property of every type) restored into
// an empty throw-away Neo4j has the same full fingerprint; the offline neo4j-admin dump does too.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import { freePort } from '../../scripts/local-neo4j/port.ts';
import { LOCAL_DEFAULT_PASSWORD, loadConfig, type Neo4jConnection } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { writeTransaction } from '../../server/db/write.ts';
import { recordChange } from '../../server/history/record-change.ts';
import { createTestUser } from '../support/accounts.ts';
import { closeTestDriver, fullFingerprint, getTestDriver, rows } from '../support/database.ts';
import { resetToSeedGraph } from '../support/reset-graph.ts';
import { runScript, type ScriptRun } from '../support/run-script.ts';
import { startLocalTestNeo4j, testNeo4jConf } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

function runTool(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return runScript(script, args, { env });
}

const envOf = (connection: Neo4jConnection): NodeJS.ProcessEnv => ({
  NEO4J_URI: connection.uri,
  NEO4J_USER: connection.user,
  NEO4J_PASSWORD: connection.password,
  NEO4J_DATABASE: connection.database,
});

/** One line on stderr, naming the tool, no stack trace. */
function expectOneLine(run: ScriptRun, tool: string, says: RegExp): void {
  expect(run.code).not.toBe(0);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toEqual([expect.stringMatching(new RegExp(`^${tool}: `))]);
  expect(lines[0]).toMatch(says);
}

/** Product state and a property of every type, on nodes and relationships the reset removes again. */
const EXTRAS = `
CREATE (probe:BackupProbe:\`Odd Label\` {
  addedBy: 'backup-test', addedAt: datetime('2025-03-01T10:00:00Z'),
  int: 1, float: 1.0, big: 4611686018427387904, negative: -0.5, nan: 0.0 / 0.0,
  text: 'Zelenskyy – Зеленський – 泽连斯基 – 🇺🇦 e\u0301 "quoted" \\\\ back\\nslash',
  flag: true, date: date('2025-02-28'),
  zoned: datetime({year: 2025, month: 3, day: 1, hour: 9, minute: 30, second: 5, nanosecond: 123456789, timezone: 'Europe/Kyiv'}),
  offset: datetime('2025-03-01T09:30:00+05:30'), local: localdatetime('2025-03-01T09:30:00.5'),
  time: time('09:30:00+01:00'), localTime: localtime('23:59:59.999999999'),
  duration: duration('P1Y2M3DT4H5M6.007S'), point: point({x: 1.5, y: -2.25}),
  geo: point({longitude: 30.52, latitude: 50.45, height: 179.0}),
  ints: [1, 2, 3], floats: [1.0, 2.5], strings: ['a', 'ß', ''], dates: [date('2025-01-01'), date('2024-02-29')],
  flags: [true, false], times: [datetime('2025-03-01T00:00:00Z')]
})
CREATE (other:BackupProbe {addedBy: 'backup-test', addedAt: datetime(), id: 'probe-other'})
CREATE (bare {addedBy: 'backup-test', addedAt: datetime()})
CREATE (probe)-[:PROBED {addedBy: 'backup-test', addedAt: datetime(), n: 1}]->(other)
CREATE (probe)-[:PROBED {addedBy: 'backup-test', addedAt: datetime(), n: 1}]->(other)
CREATE (probe)-[:PROBED {addedBy: 'backup-test', addedAt: datetime(), n: 2.0, at: date('2025-03-01')}]->(other)
CREATE (other)-[:\`ODD TYPE\` {addedBy: 'backup-test', addedAt: datetime()}]->(bare)
CREATE (:DraftItem {id: 'draft-backup-test', articleId: 'art_backup', kind: 'fact',
  payload: '{"type":"meeting","quote":{"start":0,"end":5}}', addedBy: 'backup-test', addedAt: datetime()})
CREATE (:IdempotentRequest {key: 'backup-test-key', requestHash: 'abc', status: 201, body: '{"ok":true}',
  state: 'done', createdAt: datetime()})`;

describe('npm run backup / restore', () => {
  const suite = inject('neo4j');
  const work = mkdtempSync(join(tmpdir(), 'actorgraph-backup-'));
  const cleanups: (() => Promise<void>)[] = [];
  let target: Awaited<ReturnType<typeof startLocalTestNeo4j>>;

  beforeAll(async () => {
    const config = { ...loadConfig({}), neo4j: suite };
    await createTestUser(
      { driver: getTestDriver(), config },
      { name: 'backup-editor', role: 'editor', password: 'correct horse battery' },
    );
    await writeTransaction({ driver: getTestDriver(), config }, (tx) =>
      recordChange(tx, {
        by: 'backup-test',
        action: 'added',
        key: 'Article:art_backup',
        articleId: 'art_backup',
        detail: { note: 'ü' },
      }),
    );
    await rows(EXTRAS);
    target = await startLocalTestNeo4j();
    cleanups.push(() => target.remove());
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    rmSync(work, { recursive: true, force: true });
    await resetToSeedGraph();
    await closeTestDriver();
  });

  it('prints its usage for --help', async () => {
    for (const tool of ['backup', 'restore']) {
      const run = await runTool(tool, ['--help'], {});
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`usage: npm run ${tool} -- DIR`);
    }
  });

  it('fails with one line without DIR, on a non-empty DIR, a folder with no backup and an unreachable database', async () => {
    expectOneLine(await runTool('backup', [], envOf(suite)), 'backup', /no backup folder \(DIR\) given/);
    expectOneLine(await runTool('restore', [], envOf(suite)), 'restore', /no backup folder \(DIR\) given/);
    const full = join(work, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'keep.txt'), 'x');
    expectOneLine(
      await runTool('backup', [full], envOf(suite)),
      'backup',
      /is not empty; back up into a new or empty folder/,
    );
    expectOneLine(
      await runTool('restore', [full], envOf(suite)),
      'restore',
      /holds no backup \(no manifest\.json/,
    );
    const away = { ...envOf(suite), NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` };
    expectOneLine(
      await runTool('backup', [join(work, 'away')], away),
      'backup',
      /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/,
    );
  });

  it('restores a logical backup into an empty Neo4j with the same full fingerprint, and refuses a non-empty one', {
    timeout: 420_000,
  }, async () => {
    const dir = join(work, 'logical');
    const backup = await runTool('backup', [dir], envOf(suite));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      kind: string;
      labels: Record<string, number>;
      schema: { name: string }[];
    };
    expect(manifest.kind).toBe('logical');
    expect(manifest.labels).toMatchObject({
      User: 1,
      ApiToken: 1,
      DraftItem: 1,
      IdempotentRequest: 1,
      'Odd Label': 1,
    });
    expect(manifest.schema.map((item) => item.name)).toEqual(
      expect.arrayContaining(['entity_search', 'user_name']),
    );

    const restore = await runTool('restore', [dir, '--batch-size', '100'], envOf(target.connection));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/every label and type count matches the backup/);

    const restored = createDriver(target.connection);
    try {
      const [source, copy] = [
        await fullFingerprint(getTestDriver(), suite.database),
        await fullFingerprint(restored, 'neo4j'),
      ];
      expect(copy.schema).toEqual(source.schema);
      expect({ ...copy, schema: [] }).toEqual({ ...source, schema: [] });
      // The argon2 hash came back as the same string.
      const hashes = await restored.executeQuery(
        "MATCH (u:User) WHERE u.name STARTS WITH 'backup-editor' RETURN u.passwordHash AS hash",
      );
      expect(String(hashes.records[0]?.get('hash'))).toMatch(/^\$argon2id\$/);
    } finally {
      await restored.close();
    }
    expectOneLine(
      await runTool('restore', [dir], envOf(target.connection)),
      'restore',
      /is not empty \(\d+ nodes\); restore only into an empty database/,
    );
  });

  it('dumps the bundled Neo4j offline (stopping and restarting a running one) and loads it into a new home', {
    timeout: 420_000,
  }, async () => {
    // The restored throw-away Neo4j plays the bundled one: its home is NEO4J_LOCAL_DIR and it runs.
    const bundledDriver = createDriverOnce(target.connection, cleanups);
    const before = await fullFingerprint(bundledDriver, 'neo4j');
    const bundledEnv = {
      NEO4J_URI: '',
      NEO4J_LOCAL_DIR: target.server.homeDir,
      NEO4J_LOCAL_BOLT_PORT: new URL(target.connection.uri.replace('bolt:', 'http:')).port,
      NEO4J_PASSWORD: LOCAL_DEFAULT_PASSWORD,
    };
    const dir = join(work, 'dump');
    expectOneLine(
      await runTool('backup', [dir], bundledEnv),
      'backup',
      /the bundled Neo4j is running \(pid \d+\); stop it first/,
    );

    const dump = await runTool('backup', [dir, '--stop-running'], bundledEnv);
    // Started again by the tool in the background: the test stops it by its pid file, whatever happens next.
    const pidFile = join(target.server.homeDir, 'run', 'actorgraph-neo4j.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      cleanups.push(() => stopPid(pid));
    }
    expect(dump.stderr).toBe('');
    expect(dump.code).toBe(0);
    expect(dump.stdout).toMatch(/Dumped the bundled database "neo4j" \(\d+ bytes\)/);
    await waitFor(async () => (await fullFingerprint(bundledDriver, 'neo4j')).nodes > 0, {
      timeoutMs: 30_000,
      what: 'the bundled Neo4j to answer again after the dump',
    });

    const home = mkdtempSync(join(tmpdir(), 'actorgraph-restored-'));
    const port = await freePort();
    const restoreEnv = { ...bundledEnv, NEO4J_LOCAL_DIR: home, NEO4J_LOCAL_BOLT_PORT: String(port) };
    const load = await runTool('restore', [dir], restoreEnv);
    expect(load.stderr).toBe('');
    expect(load.code).toBe(0);
    expectOneLine(
      await runTool('restore', [dir], restoreEnv),
      'restore',
      /already holds database "neo4j"; restore into a fresh NEO4J_LOCAL_DIR/,
    );

    const server = new LocalNeo4j({
      homeDir: home,
      boltPort: port,
      heap: '512m',
      pageCache: '128m',
      password: LOCAL_DEFAULT_PASSWORD,
      log: () => {},
      extraConf: testNeo4jConf(),
    });
    cleanups.push(async () => {
      // Killed: its home is deleted next, so a clean shutdown would only cost time.
      await server.kill();
      rmSync(home, { recursive: true, force: true });
    });
    await server.start();
    const loaded = createDriverOnce(
      { uri: server.uri, user: 'neo4j', password: LOCAL_DEFAULT_PASSWORD, database: 'neo4j' },
      cleanups,
    );
    expect(await fullFingerprint(loaded, 'neo4j')).toEqual(before);
  });
});

function createDriverOnce(connection: Neo4jConnection, cleanups: (() => Promise<void>)[]) {
  const driver = createDriver(connection);
  cleanups.push(() => driver.close());
  return driver;
}

/**
 * Stops the Neo4j the backup tool started again and waits for it to go: SIGKILL, because its home (the
 * throw-away target's) is deleted next, and a clean stop with the product's settings takes ~12 s.
 */
async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitFor(
    () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    { timeoutMs: 60_000, what: `Neo4j pid ${pid} to stop` },
  );
}
