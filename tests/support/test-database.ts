// Finds or starts the real Neo4j the suite runs against: NEO4J_URI, else testcontainers, else the local runtime.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import { freePort } from '../../scripts/local-neo4j/port.ts';
import { LOCAL_DEFAULT_PASSWORD, loadConfig, type Neo4jConnection } from '../../server/config.ts';

export interface TestDatabase {
  connection: Neo4jConnection;
  source: 'external' | 'testcontainers' | 'local';
  stop: () => Promise<void>;
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

/** A throw-away local Neo4j on a free port with its own temporary data directory. */
export async function startLocalTestNeo4j(): Promise<{
  server: LocalNeo4j;
  connection: Neo4jConnection;
  remove: () => Promise<void>;
}> {
  const homeDir = mkdtempSync(join(tmpdir(), 'actorgraph-neo4j-'));
  const server = new LocalNeo4j({
    homeDir,
    boltPort: await freePort(),
    heap: process.env.NEO4J_TEST_HEAP ?? '768m',
    pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
    password: LOCAL_DEFAULT_PASSWORD,
    log: (line) => console.log(`[local-neo4j] ${line}`),
  });
  await server.start();
  return {
    server,
    connection: { uri: server.uri, user: 'neo4j', password: LOCAL_DEFAULT_PASSWORD, database: 'neo4j' },
    remove: async () => {
      await server.stop();
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
  const local = await startLocalTestNeo4j();
  return { connection: local.connection, source: 'local', stop: local.remove };
}
