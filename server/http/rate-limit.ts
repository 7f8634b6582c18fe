// Per-client rate limits for the expensive endpoints, answering 429 in the JSON error shape.
import type { RequestHandler } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';
import { HttpError } from './errors.ts';

export function rateLimit(name: string, perMinute: number): RequestHandler {
  return expressRateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      const error = new HttpError(
        429,
        'rate_limited',
        `Too many ${name} requests; the limit is ${perMinute} a minute.`,
        {
          limitPerMinute: perMinute,
        },
      );
      res.status(429).json(error.toBody());
    },
  });
}
