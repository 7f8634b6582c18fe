// A seed load interrupted midway — the loader process killed, or the database killed under it — leaves
// the database as it was before, never half loaded: the seed is one transaction, all or nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4j } from '../../../scripts/local-neo4j/instance.ts';
import { repoRoot } from '../../../scripts/local-neo4j/paths.ts';
import type { Neo4jConnection } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { seedDatabase } from '../../../server/seed/seed-loader.ts';
import { type DatabaseFingerprint, fingerprint } from '../../support/database.ts';
import { startSeededTestNeo4j } from '../../support/seeded-test-neo4j.ts';
import { waitFor } from '../../support/wait-for.ts';

/** Two loads of the seed differ only in the time they were made (each seed article's `addedAt`). */
const sameData = { ignore: ['addedAt'] };

describe('an interrupted seed load', () => {
  let neo4j: { server: LocalNeo4j; connection: Neo4jConnection; remove: () => Promise<void> };
  let driver: ReturnType<typeof createDriver>;
  let seeded: DatabaseFingerprint;
  let empty: DatabaseFingerprint;

  beforeAll(async () => {
    // The fully seeded state (a copy of the suite's freshly seeded store), to tell "as before" and "fully
    // seeded" from "half"; then emptied, which is the "before" each test starts from.
    neo4j = await startSeededTestNeo4j();
    driver = createDriver(neo4j.connection);
    seeded = await fingerprint(driver, sameData);
    expect(seeded.nodes).toBeGreaterThan(0);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    empty = await fingerprint(driver, sameData);
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
    await neo4j?.remove();
  });

  /** Waits until a write transaction of the seed is open in the database (so the kill lands inside it). */
  async function seedTransactionOpen(
    watcher: ReturnType<typeof createDriver>,
    withinMs: number,
  ): Promise<void> {
    await waitFor(
      async () => {
        const { records } = await watcher.executeQuery(
          `SHOW TRANSACTIONS YIELD currentQuery, status
           WHERE currentQuery =~ '(?s).*(MERGE|CREATE|SET).*' AND NOT currentQuery STARTS WITH 'CREATE CONSTRAINT'
             AND NOT currentQuery STARTS WITH 'CREATE INDEX' AND NOT currentQuery STARTS WITH 'CREATE FULLTEXT'
           RETURN count(*) AS open`,
        );
        return records[0]?.get('open').toNumber() > 0;
      },
      { timeoutMs: withinMs, what: 'a write transaction of the seed to be open' },
    );
  }

  it('SIGKILL of `npm run seed` mid-transaction leaves the database as before; a re-run seeds it fully', async () => {
    expect((await fingerprint(driver, sameData)).nodes).toBe(0);
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: neo4j.connection.uri, NEO4J_PASSWORD: neo4j.connection.password },
      stdio: 'ignore',
    });
    const exited = new Promise<string | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await seedTransactionOpen(driver, 120_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // The database rolls the orphaned transaction back once the connection is gone.
    const after = await waitFor(
      async () => {
        const now = await fingerprint(driver, sameData);
        return now.nodes === 0 && now;
      },
      { timeoutMs: 10_000, intervalMs: 250, what: 'the orphaned seed transaction to be rolled back' },
    );
    expect(after).toEqual(empty);

    await seedDatabase(driver, { database: 'neo4j', log: () => {} });
    expect(await fingerprint(driver, sameData)).toEqual(seeded);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  }, 240_000);

  it('Neo4j killed mid-seed: after a restart the database is as before, and a re-run seeds it fully', async () => {
    expect((await fingerprint(driver, sameData)).nodes).toBe(0);
    const loader = createDriver(neo4j.connection);
    const load = seedDatabase(loader, { database: 'neo4j', log: () => {} }).then(
      () => 'finished',
      () => 'failed',
    );
    await seedTransactionOpen(driver, 120_000);
    await neo4j.server.kill();
    expect(await load).toBe('failed');
    await loader.close();

    await neo4j.server.start();
    // Recovery replays only committed transactions.
    expect(await fingerprint(driver, sameData)).toEqual(empty);
    await seedDatabase(driver, { database: 'neo4j', log: () => {} });
    expect(await fingerprint(driver, sameData)).toEqual(seeded);
  }, 300_000);
});
