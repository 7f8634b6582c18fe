// Finds or starts the real Neo4j the suite runs against: NEO4J_URI, else testcontainers, else the local runtime.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import { freePort } from '../../scripts/local-neo4j/port.ts';
import { LOCAL_DEFAULT_PASSWORD, loadConfig, type Neo4jConnection } from '../../server/config.ts';

export interface TestDatabase {
  connection: Neo4jConnection;
  source: 'external' | 'testcontainers' | 'local';
  stop: () => Promise<void>;
  /**
   * Local only: stops the database cleanly, copies its data directory into a new temporary one (returned),
   * and starts it again. Throw-away instances started from that copy skip the seed.
   */
  copyStore?: () => Promise<string>;
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainer(): Promise<TestDatabase> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community')
    .withPassword(LOCAL_DEFAULT_PASSWORD)
    // Time limits checked every 100 ms, as in neo4j/neo4j.conf.
    .withEnvironment({ NEO4J_db_transaction_monitor_check_interval: '100ms' })
    .start();
  return {
    connection: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
    },
    source: 'testcontainers',
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * neo4j.conf lines for the tests' own instances only (neo4j/neo4j.conf, which the product runs with, is left
 * as it is). Measured on the shared 2-core machine, JVM CPU until Bolt answered: ~16 s before, ~9.5 s after.
 */
const TEST_CONF = [
  // The heap is touched as it is used instead of all of it (768 MB) before the server starts.
  'server.jvm.additional=-XX:-AlwaysPreTouch',
  // After the databases have stopped, Bolt waits 5 s for its idle threads and 5 s more for its connections:
  // a clean stop took ~12 s, with these under 1 s. Tests stop and restart instances on purpose.
  'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
  'internal.server.bolt.connection_shutdown_wait_time=0s',
];

/**
 * A throw-away instance lives a minute or two: compiling with C1 only (no C2) saves start-up CPU the C2 code
 * would not earn back. The suite's shared instance runs for the whole suite and keeps the default JIT.
 */
const SHORT_LIVED_CONF = ['server.jvm.additional=-XX:TieredStopAtLevel=1'];

/** The neo4j.conf lines a test adds to a LocalNeo4j it starts itself (`extraConf`). */
export function testNeo4jConf({ shortLived = true }: { shortLived?: boolean } = {}): string[] {
  return [...TEST_CONF, ...(shortLived ? SHORT_LIVED_CONF : [])];
}

/**
 * A throw-away local Neo4j on a free port with its own temporary data directory; `remove` kills it (its data
 * is deleted right after, so a clean shutdown would only cost time) and deletes that directory.
 */
export async function startLocalTestNeo4j(
  options: {
    shortLived?: boolean;
    /** A data directory to start from (a copy of it: the original is left as it is); empty when left out. */
    store?: string;
  } = {},
): Promise<{
  server: LocalNeo4j;
  connection: Neo4jConnection;
  remove: () => Promise<void>;
}> {
  const homeDir = mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-'));
  if (options.store) cpSync(options.store, join(homeDir, 'data'), { recursive: true });
  const server = new LocalNeo4j({
    homeDir,
    boltPort: await freePort(),
    heap: process.env.NEO4J_TEST_HEAP ?? '768m',
    pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
    password: LOCAL_DEFAULT_PASSWORD,
    log: (line) => console.log(`[local-neo4j] ${line}`),
    extraConf: testNeo4jConf(options),
  });
  await server.start();
  return {
    server,
    connection: { uri: server.uri, user: 'neo4j', password: LOCAL_DEFAULT_PASSWORD, database: 'neo4j' },
    remove: async () => {
      await server.kill();
      rmSync(homeDir, { recursive: true, force: true });
    },
  };
}

export async function acquireTestDatabase(): Promise<TestDatabase> {
  const config = loadConfig();
  if (config.externalNeo4j) {
    return { connection: config.neo4j, source: 'external', stop: async () => {} };
  }
  if (await dockerAnswers()) return startContainer();
  const local = await startLocalTestNeo4j({ shortLived: false });
  return {
    connection: local.connection,
    source: 'local',
    stop: local.remove,
    copyStore: async () => {
      const copy = mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-store-'));
      await local.server.stop();
      try {
        cpSync(join(local.server.homeDir, 'data'), copy, { recursive: true });
      } finally {
        await local.server.start();
      }
      return copy;
    },
  };
}
