// The JSON parser for POST /api/articles alone: an HTML page is larger than the app's 256 kb JSON limit.
// It allows for JSON escaping on top of INTAKE_LIMITS.htmlBytes; the service checks the limits themselves.
import express, { type RequestHandler } from 'express';

const parse = express.json({ limit: '8mb', strict: true });

/**
 * Mount at /api/articles before the global JSON parser, which then skips the already-parsed body. Only a
 * request that carries credentials gets the large limit (the principal is known only later, but an anonymous
 * client cannot make the server read 8 MB just to answer 401: its body meets the global 256 kb limit).
 */
export const intakeBodyParser: RequestHandler = (req, res, next) => {
  const credentials = req.headers.authorization !== undefined || req.headers.cookie !== undefined;
  if (req.method === 'POST' && req.path === '/' && credentials) parse(req, res, next);
  else next();
};
