// Runs one read and hands its records to a collector one at a time, as the driver decodes them: an answer is
// built while the database still computes the later records, and the records are not held until the end.
import type { Record as Neo4jRecord, RecordShape } from 'neo4j-driver';
import { inReadSession, type ReadContext, untraced } from './read.ts';

export interface RecordCollector<Shape extends RecordShape, T> {
  add: (record: Neo4jRecord<Shape>) => void;
  result: () => T;
}

/**
 * `collector` makes a fresh collector for every try (a read that failed transiently is retried once, as
 * `readQuery`'s are), so a retried read never adds to what a failed one began. An auto-commit query, with the
 * same routing, bookmarks, timeout, retry and caller's stack on a failure as `readQuery`.
 */
export function readEach<Shape extends RecordShape, T>(
  context: ReadContext,
  query: string,
  params: Record<string, unknown>,
  collector: () => RecordCollector<Shape, T>,
  timeoutMs: number = context.config.cypher.timeoutMs,
): Promise<T> {
  return inReadSession(
    context,
    (session) =>
      new Promise<T>((resolve, reject) => {
        const into = collector();
        untraced(() => session.run<Shape>(query, params, { timeout: timeoutMs })).subscribe({
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
  );
}
