// Refuses URLs longer than any client of this API needs, before the query string is parsed or logged.
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

/** The explorer's longest GET is far below this; large selections go in a POST body. */
export const MAX_URL_BYTES = 8 * 1024;

export function urlLengthLimit(maxBytes = MAX_URL_BYTES): RequestHandler {
  return (req, _res, next) => {
    // The raw URL is percent-encoded ASCII, so its length is its size in bytes.
    if (req.originalUrl.length > maxBytes) {
      next(
        new HttpError(
          414,
          'uri_too_long',
          `The URL is longer than ${maxBytes} bytes; send large inputs in a POST body.`,
          {
            maxBytes,
          },
        ),
      );
      return;
    }
    next();
  };
}
