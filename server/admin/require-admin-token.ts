// Guards endpoints that write: off unless ACTORGRAPH_ADMIN_TOKEN is set, and then only for that bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from '../http/errors.ts';

function digest(value: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison time says nothing about the token.
  return createHash('sha256').update(value).digest();
}

export function requireAdminToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) {
      next(
        new HttpError(
          403,
          'admin_disabled',
          'Endpoints that write are off: the server has no ACTORGRAPH_ADMIN_TOKEN.',
        ),
      );
      return;
    }
    const header = req.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!presented || !timingSafeEqual(digest(presented), digest(token))) {
      next(
        new HttpError(
          401,
          'unauthorized',
          'This endpoint needs the admin token as "Authorization: Bearer <token>".',
        ),
      );
      return;
    }
    next();
  };
}
