// Sets the request's principal from `Authorization: Bearer <token>` (an API token or ACTORGRAPH_ADMIN_TOKEN)
// or the session cookie, checks the CSRF token of cookie-authenticated writes, and, with
// ACTORGRAPH_READ=login, refuses anonymous reads. Mounted in app.ts before the API routes.
import type { Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context.ts';
import { forbidden, unauthorized } from '../errors.ts';
import { clearSessionCookie, readCookie, SESSION_COOKIE } from './cookies.ts';
import { principalOfBearer, principalOfSession, type SessionPrincipal } from './credentials.ts';
import { principalOf, setPrincipal } from './principal.ts';
import { sameSecret } from './secrets.ts';

export const CSRF_HEADER = 'x-csrf-token';

/** Paths (under /api) anyone may call even with ACTORGRAPH_READ=login: signing in needs no sign-in. */
const OPEN_PATHS = new Set(['/health', '/session', '/session/sign-out', '/openapi.json']);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session this request was authenticated by, for the session endpoints (sign-out, who am I). */
export function sessionOf(res: Response): SessionPrincipal | undefined {
  return res.locals.session as SessionPrincipal | undefined;
}

/** Whether cookies should be Secure: HTTPS to this server, or a TLS proxy in front (configured). */
export function secureCookies(req: Request, context: AppContext): boolean {
  return req.secure || context.config.auth.secureCookies;
}

function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return undefined;
  // Exactly one scheme and one token: anything else is a malformed credential, not an anonymous request.
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header);
  if (!match?.[1]) throw unauthorized('Send the token as "Authorization: Bearer <token>".');
  return match[1];
}

/** The path as the router matches it: case-insensitive, a trailing slash ignored. */
const routePath = (req: Request): string => req.path.toLowerCase().replace(/(.)\/+$/, '$1');

/** Signing in ignores any cookie the browser still sends: a stale session must not block a new one. */
const isSignIn = (req: Request): boolean => req.method === 'POST' && routePath(req) === '/session';

function authenticate(context: AppContext): RequestHandler {
  return async (req, res, next) => {
    const bearer = bearerOf(req);
    if (bearer !== undefined) {
      const principal = await principalOfBearer(context, bearer);
      // A token the server does not know is refused even on reads, so a revoked script fails loudly.
      if (!principal) throw unauthorized('The bearer token is unknown or revoked.');
      setPrincipal(res, principal);
      next();
      return;
    }
    const sessionId = isSignIn(req) ? undefined : readCookie(req, SESSION_COOKIE);
    if (sessionId === undefined) {
      next();
      return;
    }
    const session = await principalOfSession(context, sessionId);
    if (!session) {
      // An expired or ended session reads as signed out; the browser is told to drop the cookie.
      clearSessionCookie(res, secureCookies(req, context));
      next();
      return;
    }
    if (!SAFE_METHODS.has(req.method)) {
      const presented = req.get(CSRF_HEADER);
      if (presented === undefined || !sameSecret(presented, session.csrfToken)) {
        throw forbidden(
          'A request signed in by cookie must send the session\'s CSRF token in "X-CSRF-Token".',
          undefined,
          'csrf_failed',
        );
      }
    }
    res.locals.session = session;
    setPrincipal(res, session.principal);
    next();
  };
}

/** ACTORGRAPH_READ=login: everything but health, sign-in and the API description needs a principal. */
function requireReadAccess(context: AppContext): RequestHandler {
  return (req, res, next) => {
    if (context.config.auth.readAccess === 'login' && !principalOf(res) && !OPEN_PATHS.has(routePath(req))) {
      throw unauthorized(
        'This server needs a sign-in to read: sign in, or send "Authorization: Bearer <token>".',
      );
    }
    next();
  };
}

export function authentication(context: AppContext): RequestHandler[] {
  return [authenticate(context), requireReadAccess(context)];
}
