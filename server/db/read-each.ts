// Runs one read and hands its records to a collector one at a time, as the driver decodes them: an answer is
// built while the database still computes the later records, and the records are not held until the end.
import neo4j, { type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import type { ReadContext } from './read.ts';

export interface RecordCollector<Shape extends RecordShape, T> {
  add: (record: Neo4jRecord<Shape>) => void;
  result: () => T;
}

/**
 * `collector` makes a fresh collector for every try of the transaction (the driver retries a read that failed
 * transiently), so a retried read never adds to what a failed one began. Same routing, bookmarks and timeout
 * as `readQuery`.
 */
export async function readEach<Shape extends RecordShape, T>(
  { driver, config }: ReadContext,
  query: string,
  params: Record<string, unknown>,
  collector: () => RecordCollector<Shape, T>,
  timeoutMs: number = config.cypher.timeoutMs,
): Promise<T> {
  const session = driver.session({
    database: config.neo4j.database,
    defaultAccessMode: neo4j.session.READ,
    // As executeQuery's: a read after this process's own write sees it, on a cluster too.
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(
      (tx) =>
        new Promise<T>((resolve, reject) => {
          const into = collector();
          tx.run<Shape>(query, params).subscribe({
            onNext: (record) => {
              try {
                into.add(record);
              } catch (error) {
                reject(error);
              }
            },
            onCompleted: () => resolve(into.result()),
            onError: reject,
          });
        }),
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}
