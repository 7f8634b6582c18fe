// The JSON parser for POST /api/articles alone: an HTML page is larger than the app's 256 kb JSON limit.
// It allows for JSON escaping on top of INTAKE_LIMITS.htmlBytes; the service checks the limits themselves.
import express, { type RequestHandler } from 'express';

const parse = express.json({ limit: '8mb', strict: true });

/** Mount at /api/articles before the global JSON parser, which then skips the already-parsed body. */
export const intakeBodyParser: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && req.path === '/') parse(req, res, next);
  else next();
};
