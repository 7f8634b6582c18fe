// HTTP errors in the one JSON shape every 4xx and 5xx takes ({error:{code, message, details}}), and the
// mapping from domain errors to statuses.
import type { ErrorBody } from '../../contract/index.ts';
import type { DomainError, ErrorKind } from '../errors.ts';
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  timeout: 408,
  unavailable: 503,
};

/** The one place a domain error becomes an HTTP status. */
export function httpErrorOf(error: DomainError): HttpError {
  return new HttpError(STATUS[error.kind], error.code, error.message, error.details);
}
