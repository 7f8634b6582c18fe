// Sorts neo4j-driver errors into what the client should be told: database away, timeout, bad query.
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { badRequest, databaseUnavailable, HttpError } from '../http/errors.ts';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    (isRetryableError(error) && !error.code.startsWith('Neo.TransientError.Transaction'))
  );
}

/**
 * Neo4j reports a query that needs more memory than it grants as a transient error, but retrying the
 * same query fails the same way: it is the query's fault, and the database itself is fine.
 */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);

export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && MEMORY_CODES.has(error.code);
}

export function isTransactionTimeout(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')
  );
}

/** Turns a driver error into an HttpError, or returns undefined when it is a server fault. */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (isOutOfMemory(error)) {
    return new HttpError(
      400,
      'query_out_of_memory',
      'The query needed more memory than the database allows a query; ask for fewer or smaller values.',
      { neo4jCode: (error as Neo4jError).code },
    );
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  if (isTransactionTimeout(error)) {
    return new HttpError(408, 'query_timeout', 'The query ran past its time limit and was stopped.');
  }
  if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security')) {
    return new HttpError(403, 'forbidden', 'The database refused this operation.', { neo4jCode: error.code });
  }
  // Any other client error (statement, procedure, schema, request) is the query's fault, not the server's.
  if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.')) {
    return badRequest(error.message.split('\n')[0] ?? 'The query was not accepted.', {
      neo4jCode: error.code,
    });
  }
  return undefined;
}
