// What every route module receives: the shared driver, the configuration and the logger.
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { AppConfig } from './config.ts';

export interface AppContext {
  driver: Driver;
  config: AppConfig;
  logger: Logger;
}
