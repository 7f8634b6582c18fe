// The one write path: a managed write transaction (retried on transient errors, routed to the leader on a
// cluster) whose bookmark joins the driver's shared bookmark manager, so every read this process makes
// afterwards through `readQuery` (its READ sessions share that manager) sees the write, on one server or a
// cluster. Everything a write does happens inside `work`, so it commits whole or not at all. Each one also
// moves the graph version (server/cache/) in the same transaction, so no cached answer outlives the change.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { graphWritten } from '../cache/clocks.ts';
import { bumpGraphVersion } from '../cache/graph-version.ts';
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
    const result = await session.executeWrite(
      async (tx) => {
        const answer = await work(tx);
        await bumpGraphVersion(tx);
        return answer;
      },
      { timeout: timeoutMs },
    );
    graphWritten(driver);
    return result;
  } finally {
    await session.close();
  }
}
