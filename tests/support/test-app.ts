// Starts the real Express app on a free loopback port against a real Neo4j, for tests over HTTP.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type AppConfig, loadConfig, type Neo4jConnection } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { createLogger } from '../../server/logger.ts';
import { listen } from '../../server/server.ts';
import { closeTestDriver } from './database.ts';
import './provided.ts';

export interface TestApp {
  url: string;
  driver: Driver;
  config: AppConfig;
  close: () => Promise<void>;
}

export async function startTestApp(
  options: { connection?: Neo4jConnection; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const connection = options.connection ?? inject('neo4j');
  const base = loadConfig({ ...options.env, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const config: AppConfig = { ...base, neo4j: connection, externalNeo4j: true, port: 0 };
  const driver = createDriver(connection);
  const running = await listen(
    createApp({ driver, config, logger: createLogger(config.logLevel) }),
    0,
    '127.0.0.1',
  );
  return {
    url: running.url,
    driver,
    config,
    close: async () => {
      await running.close(2_000);
      await driver.close();
    },
  };
}

/**
 * Starts a test app before the file's tests and closes it (and the file's test driver) after them.
 * The returned object reads through to the running app, so tests write `app.url` as usual.
 */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
  });
  afterAll(async () => {
    await app?.close();
    await closeTestDriver();
  });
  const current = (): TestApp => {
    if (!app) throw new Error('The test app is not running (use it inside a test).');
    return app;
  };
  return {
    get url() {
      return current().url;
    },
    get driver() {
      return current().driver;
    },
    get config() {
      return current().config;
    },
    close: () => current().close(),
  };
}
