// Typed HTTP errors and the one JSON shape every 4xx and 5xx takes: {error:{code, message, details}}.
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

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

export const badRequest = (message: string, details?: unknown): HttpError =>
  new HttpError(400, 'bad_request', message, details);

export const notFound = (message: string, details?: unknown): HttpError =>
  new HttpError(404, 'not_found', message, details);

/** The database is away: clients should retry after a short wait. */
export const databaseUnavailable = (message = 'The graph database is not answering right now.'): HttpError =>
  new HttpError(503, 'database_unavailable', message, { retryAfterSeconds: 5 });
