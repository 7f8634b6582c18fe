// `npm start`: the local Neo4j (unless NEO4J_URI is set), the seed graph if the database is empty, then the server.

import { applySchema } from '../loader/schema.ts';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, waitForDatabase } from '../server/db/driver.ts';
import { limitHeapGrowth } from '../server/heap-growth.ts';
import { createLogger } from '../server/logger.ts';
import { databaseIsEmpty, seedDatabase } from '../server/seed/seed-loader.ts';
import { listen } from '../server/server.ts';
import { ensureClientBuilt } from './build-client.ts';
import { parseCommandLine, runCli } from './cli.ts';
import { LocalNeo4j } from './local-neo4j/instance.ts';

const USAGE = `usage: npm start
  Builds the client if its sources changed, starts the local Neo4j (unless NEO4J_URI is set), loads the
  seed graph into an empty database, then serves the explorer and the API. Settings come from the
  environment (see the README). Ctrl-C stops the server and the local Neo4j.`;

async function main(): Promise<void> {
  parseCommandLine({ options: {} });
  limitHeapGrowth();
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await ensureClientBuilt();

  let local: LocalNeo4j | undefined;
  if (!config.externalNeo4j) {
    local = new LocalNeo4j({
      ...config.localNeo4j,
      homeDir: config.localNeo4j.dataDir,
      password: config.neo4j.password,
    });
    console.log(`Starting the local Neo4j (data in ${config.localNeo4j.dataDir})…`);
    await local.start();
  }
  const driver = createDriver(config.neo4j);
  let shuttingDown = false;
  const shutdown = async (signal: string, running?: { close: () => Promise<void> }): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n${signal}: stopping…`);
    await running?.close();
    await driver.close();
    await local?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await waitForDatabase(driver, 60_000, config.neo4j.database);
  if (await databaseIsEmpty(driver, config.neo4j.database)) {
    console.log('The database is empty: loading the schema and the seed graph…');
    await seedDatabase(driver, { database: config.neo4j.database, log: (line) => console.log(`  ${line}`) });
  } else {
    // Idempotent: the indexes and derived properties a database written by an older version lacks
    // (docs/data-model.md, Derived properties). A user without schema rights still gets a server.
    await applySchema(driver, config.neo4j.database).catch((error: unknown) =>
      console.warn(
        `The schema was not brought up to date: ${error instanceof Error ? error.message : error}`,
      ),
    );
  }
  const running = await listen(createApp({ driver, config, logger }), config.port, config.host);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void shutdown('SIGINT', running));
  process.once('SIGTERM', () => void shutdown('SIGTERM', running));
  console.log(
    `actorgraph is ready at ${running.url} (Neo4j at ${config.neo4j.uri}, ${Date.now() - started} ms)`,
  );
}

runCli({ name: 'start', usage: USAGE }, main);
