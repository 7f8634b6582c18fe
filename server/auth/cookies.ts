// The session cookie: read from the Cookie header (no dependency for one name) and written with the flags
// that keep it from scripts (HttpOnly) and from other sites' requests (SameSite=Strict).
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'actorgraph_session';

/** The value of one cookie in the request's Cookie header, or undefined. Later duplicates are ignored. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() !== name) continue;
    const raw = part.slice(index + 1).trim();
    const value = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
    return value === '' ? undefined : value;
  }
  return undefined;
}

interface CookieOptions {
  maxAgeSeconds: number;
  /** Secure when the request came over HTTPS, or when ACTORGRAPH_SECURE_COOKIES says a proxy terminates TLS. */
  secure: boolean;
}

function cookieHeader(value: string, { maxAgeSeconds, secure }: CookieOptions): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function setSessionCookie(res: Response, sessionId: string, options: CookieOptions): void {
  res.append('Set-Cookie', cookieHeader(sessionId, options));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', cookieHeader('', { maxAgeSeconds: 0, secure }));
}
