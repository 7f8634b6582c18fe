// The one write path: a managed write transaction (retried on transient errors, routed to the leader on a
// cluster) whose bookmark joins the driver's shared bookmark manager, so every read this process makes
// afterwards through `readQuery` (executeQuery shares that manager) sees the write, on one server or a
// cluster. Everything a write does happens inside `work`, so it commits whole or not at all.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';

export interface WriteContext {
  driver: Driver;
  config: AppConfig;
}

export async function writeTransaction<T>(
  { driver, config }: WriteContext,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs: number = config.cypher.timeoutMs,
): Promise<T> {
  const session = driver.session({
    database: config.neo4j.database,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}
