// The session endpoints and the write path every editing request takes (JSON plus the session's CSRF token).
import { ApiError, parse } from '../api/api.ts';
import type { SessionResponse } from '../api/types.ts';
import { anonymous, fromResponse, session } from './session-state.ts';

/** A POST as the signed-in editor: the CSRF token goes with it, or the server refuses a cookie write. */
export async function writeJson<T>(path: string, body: unknown = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = session.get().csrfToken;
  if (token) headers['x-csrf-token'] = token;
  const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (response.status === 401) session.set(anonymous);
  return parse<T>(response);
}

export async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (response.status === 401) session.set(anonymous);
  return parse<T>(response);
}

/** Asks who is signed in (the cookie survives a reload; the CSRF token comes back with the answer). */
export async function loadSession(): Promise<void> {
  session.set(fromResponse(await parse<SessionResponse>(await fetch('/api/session'))));
}

export async function signIn(name: string, password: string): Promise<void> {
  const response = await fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  session.set(fromResponse(await parse<SessionResponse>(response)));
}

export async function signOut(): Promise<void> {
  try {
    await writeJson('/api/session/sign-out');
  } finally {
    session.set(anonymous);
  }
}

/** What a refused request means for the person at the keyboard, said where it happened. */
export function explain(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 401)
    return 'You are not signed in (or your session has ended): sign in again, then retry.';
  if (error.code === 'csrf_failed') return 'This page lost its session token: sign out and in again.';
  if (error.status === 403) return 'Your account may not do this: editing needs an editor account.';
  if (error.status === 429) return `Too many attempts: ${error.message}`;
  return error.message;
}
