// The one error middleware: every failure leaves as JSON, with no stack trace, and 500s are logged.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toDomainError } from '../db/classify-error.ts';
import { HttpError, httpErrorOf } from './errors.ts';

/** Errors raised by Express's own body parsers carry a status and a type. */
function parserError(error: unknown): HttpError | undefined {
  const candidate = error as { status?: number; type?: string; message?: string };
  if (typeof candidate?.status !== 'number' || candidate.status < 400 || candidate.status >= 500)
    return undefined;
  const codes: Record<string, string> = {
    'entity.parse.failed': 'malformed_json',
    'entity.too.large': 'payload_too_large',
    'encoding.unsupported': 'unsupported_encoding',
    'charset.unsupported': 'unsupported_charset',
  };
  const code = codes[candidate.type ?? ''] ?? 'bad_request';
  const message =
    code === 'malformed_json'
      ? 'The request body is not valid JSON.'
      : code === 'payload_too_large'
        ? 'The request body is larger than the server accepts.'
        : (candidate.message ?? 'The request was not accepted.');
  return new HttpError(candidate.status, code, message);
}

function retryAfterSeconds(details: unknown): number {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 5;
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`).toBody());
};

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const domain = toDomainError(error);
  const known = error instanceof HttpError ? error : domain ? httpErrorOf(domain) : parserError(error);
  if (res.headersSent) {
    // A streamed response already started: cut the connection rather than end the body, so no client
    // (a chunked download stays unterminated) mistakes the part it got for the whole answer.
    req.log?.error({ err: error }, 'error after the response started');
    res.destroy();
    return;
  }
  if (known) {
    // The header says what the body's retryAfterSeconds says, so clients may read either.
    if (known.status === 503) res.setHeader('Retry-After', String(retryAfterSeconds(known.details)));
    res.status(known.status).json(known.toBody());
    return;
  }
  req.log?.error({ err: error }, 'unhandled error');
  res.status(500).json(new HttpError(500, 'internal_error', 'Something went wrong on the server.').toBody());
};
