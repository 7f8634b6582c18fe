// Sorts neo4j-driver errors into domain errors: database away, timeout, refused, bad query.
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { DomainError, invalid, timedOut, unavailable } from '../errors.ts';

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

/** Turns a driver error into a domain error, or returns undefined when it is a server fault. */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Neo4jError)) return undefined;
  if (isOutOfMemory(error)) {
    return invalid(
      'The query needed more memory than the database allows a query; ask for fewer or smaller values.',
      { neo4jCode: error.code },
      'query_out_of_memory',
    );
  }
  if (isDatabaseUnavailable(error)) return unavailable();
  if (isTransactionTimeout(error)) return timedOut('The query ran past its time limit and was stopped.');
  if (error.code.startsWith('Neo.ClientError.Security')) {
    return new DomainError('forbidden', 'forbidden', 'The database refused this operation.', {
      neo4jCode: error.code,
    });
  }
  // Any other client error (statement, procedure, schema, request) is the query's fault, not the server's.
  if (error.code.startsWith('Neo.ClientError.')) {
    return invalid(error.message.split('\n')[0] ?? 'The query was not accepted.', { neo4jCode: error.code });
  }
  return undefined;
}
