// The database a logical backup or restore talks to: NEO4J_URI, or the bundled Neo4j — used while running,
// or started for the duration of the command and stopped again.
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../../server/config.ts';
import { createDriver, waitForDatabase } from '../../server/db/driver.ts';
import { LocalNeo4j } from '../local-neo4j/instance.ts';
import { bundledOf, runningPid } from './bundled.ts';

export interface Connected {
  driver: Driver;
  database: string;
  source: string;
  close: () => Promise<void>;
}

export async function connect(config: AppConfig, log: (line: string) => void): Promise<Connected> {
  let started: LocalNeo4j | undefined;
  if (!config.externalNeo4j && runningPid(bundledOf(config)) === undefined) {
    log(`Starting the bundled Neo4j (data in ${config.localNeo4j.dataDir}) for this command…`);
    started = new LocalNeo4j({
      ...config.localNeo4j,
      homeDir: config.localNeo4j.dataDir,
      password: config.neo4j.password,
      log,
    });
    await started.start();
  }
  const driver = createDriver(config.neo4j);
  const close = async (): Promise<void> => {
    await driver.close();
    await started?.stop();
  };
  try {
    await waitForDatabase(driver, started ? 60_000 : 5_000, config.neo4j.database);
  } catch {
    await close();
    throw new Error(`cannot reach Neo4j at ${config.neo4j.uri} (database "${config.neo4j.database}")`);
  }
  return { driver, database: config.neo4j.database, source: config.neo4j.uri, close };
}
