// The bench's own throw-away Neo4j, with a bigger heap and page cache, that can be emptied to a fresh store.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { LocalNeo4j } from '../scripts/local-neo4j/instance.ts';
import type { Neo4jConnection } from '../server/config.ts';
import { startLocalTestNeo4j } from '../tests/support/test-database.ts';

export interface BenchNeo4j {
  connection: Neo4jConnection;
  importDir: string;
  driver: Driver;
  /** The server itself, for the offline import (which needs it stopped). */
  server: LocalNeo4j;
  /** Stops the server and deletes the database's store: what an unstarted instance has. */
  stopAndEmpty: () => Promise<void>;
  /** A new driver, after the server was started again by someone else (the offline import). */
  reconnect: () => Promise<void>;
  /** Stops the server, deletes the database's store and starts again: each import starts from nothing. */
  freshStore: () => Promise<void>;
  remove: () => Promise<void>;
}

function connect(connection: Neo4jConnection): Driver {
  // Longer timeouts than the app's: a bench transaction may legitimately take seconds.
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 120_000,
  });
}

export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  process.env.NEO4J_TEST_HEAP ??= '2g';
  process.env.NEO4J_TEST_PAGECACHE ??= '2g';
  log(
    `starting Neo4j (heap ${process.env.NEO4J_TEST_HEAP}, page cache ${process.env.NEO4J_TEST_PAGECACHE})…`,
  );
  const local = await startLocalTestNeo4j();
  const bench: BenchNeo4j = {
    connection: local.connection,
    importDir: join(local.server.homeDir, 'import'),
    driver: connect(local.connection),
    server: local.server,
    stopAndEmpty: async () => {
      await bench.driver.close();
      await local.server.stop();
      const data = join(local.server.homeDir, 'data');
      await rm(join(data, 'databases', 'neo4j'), { recursive: true, force: true });
      await rm(join(data, 'transactions', 'neo4j'), { recursive: true, force: true });
    },
    reconnect: async () => {
      await bench.driver.close();
      bench.driver = connect(local.connection);
    },
    freshStore: async () => {
      await bench.stopAndEmpty();
      await local.server.start();
      bench.driver = connect(local.connection);
    },
    remove: async () => {
      await bench.driver.close();
      await local.remove();
    },
  };
  return bench;
}
