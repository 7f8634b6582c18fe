// Runs one parameterised read against the configured database, bounded by the configured timeout.
import neo4j, {
  type Driver,
  type Integer,
  Neo4jError,
  type Record as Neo4jRecord,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import type { AppConfig } from '../config.ts';

export interface ReadContext {
  driver: Driver;
  config: AppConfig;
}

/** The driver's first retry delay (1 s, jittered by 20 %; the retry budget allowed one). */
const RETRY_DELAY_MS = 1_000;

/**
 * One READ statement as an auto-commit query: RUN and PULL in one round trip, where `executeQuery`'s managed
 * transaction adds BEGIN and a COMMIT round trip (measured with bench/api-cpu.ts --together at 100k, 4 clients
 * each: search p50 0.71-0.85x, who-met-whom about 0.93x of the managed transaction's). READ routing (a cluster
 * sends it to a secondary), executeQuery's bookmarks, and one retry as the driver's retry gave it.
 */
export function readQuery<Shape extends RecordShape = RecordShape>(
  context: ReadContext,
  query: string,
  params: Record<string, unknown> = {},
  timeoutMs: number = context.config.cypher.timeoutMs,
): Promise<Neo4jRecord<Shape>[]> {
  return inReadSession(
    context,
    async (session) =>
      (await untraced(() => session.run<Shape>(query, params, { timeout: timeoutMs }))).records,
  );
}

/**
 * Runs `start` (a `session.run`) without the stack trace the driver captures and formats at once for every
 * query, to hand to its failure: under tsx each is formatted through the source maps (CPU per read of
 * `RETURN 1` through readQuery, interleaved: 0.73 ms with it, 0.60 ms without). `inReadSession` takes the
 * caller's frames itself (`new Error()`, formatted only when read) and gives them to a failure.
 */
export function untraced<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A read's failure with the frames of the code that asked for the read, as the driver would have given it. */
function withStackOf(caller: Error, error: unknown): unknown {
  if (error instanceof Error)
    error.stack = `${String(error)}\n${caller.stack?.split('\n').slice(1).join('\n') ?? ''}`;
  return error;
}

/**
 * `read` in a READ session of its own, closed after it, and run once more after a transient failure; a failure
 * carries the frames of the code that asked for the read.
 */
export function inReadSession<T>(context: ReadContext, read: (session: Session) => Promise<T>): Promise<T> {
  const caller = new Error();
  return retryRead(async () => {
    const session = readSession(context);
    try {
      return await read(session);
    } finally {
      // Not awaited: the read is over, and the driver began handing its connection back to the pool when the
      // result completed; the answer need not wait for that to finish.
      session.close().catch(() => undefined);
    }
  }).catch((error: unknown) => {
    throw withStackOf(caller, error);
  });
}

/**
 * The driver's retry as it was configured for reads (server/db/driver.ts: 1 s, so one retry about a second
 * after a transient failure), for the auto-commit reads, which the driver does not retry itself (an auto-commit
 * write might have committed; these are READ statements, safe to run again). A retried read starts over: `read`
 * must not keep anything from a failed try.
 */
export async function retryRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!Neo4jError.isRetryable(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    return read();
  }
}

/**
 * A READ session for one read, with executeQuery's bookmarks: a read after this
 * process's own write sees it, on a cluster too. The caller closes it.
 */
export function readSession({ driver, config }: ReadContext, fetchSize?: number): Session {
  return driver.session({
    database: config.neo4j.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
    ...(fetchSize === undefined ? {} : { fetchSize }),
  });
}

/** LIMIT, SKIP and list slices need Cypher integers; a plain JS number would travel as a float. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}
