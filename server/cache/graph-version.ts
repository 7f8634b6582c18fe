// The graph version the result cache keys its answers by: a counter on an internal GraphVersion node that
// every product write moves in its own transaction, together with the bookmark of the read that fetched it
// (a read's bookmark names the last transaction the database committed, so a write made outside the
// product — cypher-shell, another app — moves it too).
import { createHash } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { untraced } from '../db/read.ts';

const readQuery = cypherFile(import.meta.url, './graph-version-read.cypher');
const bumpQuery = cypherFile(import.meta.url, './graph-version-bump.cypher');

/** Runs inside a write transaction, after its work: the version commits with the change or not at all. */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run(bumpQuery.fill());
}

/**
 * Moves the version in a transaction of its own: for loads that commit in many batches (the bulk loader),
 * once they end. Each batch is already noticed by the bookmark half of the version.
 */
export async function bumpGraphVersionAlone(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(bumpQuery.fill(), {}, { database });
}

/**
 * One round trip: an auto-commit read (RUN and PULL together; a managed transaction would add BEGIN and
 * COMMIT) answers the counter, and its bookmark, folded into a short token. The session shares the driver's
 * bookmark manager, so on a cluster the read waits for this process's own writes.
 */
export async function readGraphVersion(driver: Driver, database: string, timeoutMs: number): Promise<string> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  let counter: string;
  try {
    // No stack trace taken for it (read.ts, `untraced`): a failed check is only ever a miss, never shown.
    const result = await untraced(() =>
      session.run<{ version: unknown }>(readQuery.fill(), {}, { timeout: timeoutMs }),
    );
    counter = String(result.records[0]?.get('version') ?? 0);
  } finally {
    // Closed first: the auto-commit's bookmark is the session's once it has fully completed.
    await session.close();
  }
  const bookmarks = [...session.lastBookmarks()].sort().join(',');
  return `${counter}.${createHash('sha256').update(bookmarks).digest('base64url').slice(0, 16)}`;
}
