// Domain errors: what went wrong, in the service's and the database layer's words. Only server/http/
// decides which HTTP status each kind becomes.
export type ErrorKind =
  | 'invalid' // the request asks for something malformed or impossible
  | 'not_found'
  | 'unauthorized' // no credentials, or credentials the server does not know
  | 'forbidden' // known credentials whose role may not do this
  | 'conflict' // the request clashes with what is stored (a duplicate, a stale state)
  | 'unprocessable' // well-formed, but contradicts the data it refers to (a quote not in its article)
  | 'too_large'
  | 'timeout' // the query ran past its time limit
  | 'unavailable'; // the database is away; retry later

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const invalid = (message: string, details?: unknown, code = 'bad_request'): DomainError =>
  new DomainError('invalid', code, message, details);

export const notFound = (message: string, details?: unknown): DomainError =>
  new DomainError('not_found', 'not_found', message, details);

export const timedOut = (message: string, details?: unknown): DomainError =>
  new DomainError('timeout', 'query_timeout', message, details);

/** The database is away: clients should retry after a short wait. */
export const unavailable = (message = 'The graph database is not answering right now.'): DomainError =>
  new DomainError('unavailable', 'database_unavailable', message, { retryAfterSeconds: 5 });

export const unauthorized = (message: string, details?: unknown): DomainError =>
  new DomainError('unauthorized', 'unauthorized', message, details);

export const forbidden = (message: string, details?: unknown, code = 'forbidden'): DomainError =>
  new DomainError('forbidden', code, message, details);

export const conflict = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('conflict', code, message, details);

export const unprocessable = (code: string, message: string, details?: unknown): DomainError =>
  new DomainError('unprocessable', code, message, details);
