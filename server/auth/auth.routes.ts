// /session: sign in with a name and password (sets the HttpOnly session cookie), who am I, sign out.
import {
  noBody,
  noParams,
  noQuery,
  sessionResponse,
  signInBody,
  signOutResponse,
} from '../../contract/index.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { HttpError } from '../http/errors.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { secureCookies, sessionOf } from './authenticate.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';
import { principalOf } from './principal.ts';
import { endSession, SESSION_LIFETIME_SECONDS, signIn } from './sessions.service.ts';

function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof HttpError) || error.status !== 429) return undefined;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? Math.ceil(seconds) : undefined;
}

export function authEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'post',
      path: '/session',
      tags: ['accounts'],
      summary: 'Sign in: sets the HttpOnly, SameSite=Strict session cookie and answers the CSRF token.',
      description:
        'Wrong name or password: 401. More than 5 failed sign-ins for a name within 15 minutes, or more than ' +
        'RATE_LIMIT_SIGN_IN_PER_MINUTE sign-ins a minute from one client: 429 with Retry-After. The session ' +
        'ends 12 hours after sign-in. Requests authenticated by the cookie that are not GETs must send ' +
        '`X-CSRF-Token`.',
      before: [rateLimit('sign-in', context.config.rateLimits.signInPerMinute)],
      query: noQuery,
      params: noParams,
      body: signInBody,
      response: sessionResponse,
      handler: async ({ body }, req, res) => {
        try {
          const opened = await signIn(context, body);
          setSessionCookie(res, opened.sessionId, {
            maxAgeSeconds: SESSION_LIFETIME_SECONDS,
            secure: secureCookies(req, context),
          });
          return { user: opened.user, csrfToken: opened.csrfToken, expiresAt: opened.expiresAt };
        } catch (error) {
          const retryAfter = retryAfterOf(error);
          if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
          throw error;
        }
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/session',
      tags: ['accounts'],
      summary: 'Who am I: the account of the session cookie or bearer token (null when anonymous).',
      query: noQuery,
      params: noParams,
      body: noBody,
      response: sessionResponse,
      handler: async (_input, _req, res) => {
        const principal = principalOf(res);
        const session = sessionOf(res);
        if (!principal) return { user: null };
        return {
          user: { name: principal.name, role: principal.role },
          ...(session ? { csrfToken: session.csrfToken, expiresAt: session.expiresAt } : {}),
        };
      },
    }),
    defineEndpoint({
      method: 'post',
      path: '/session/sign-out',
      tags: ['accounts'],
      summary: 'Signs out: ends the cookie session (needs its X-CSRF-Token) and clears the cookie.',
      query: noQuery,
      params: noParams,
      body: noBody,
      response: signOutResponse,
      handler: async (_input, req, res) => {
        const session = sessionOf(res);
        const ended = session ? await endSession(context, session.sessionHash) : false;
        clearSessionCookie(res, secureCookies(req, context));
        return { signedOut: ended };
      },
    }),
  ];
}
