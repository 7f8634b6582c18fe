// HTTP helpers for the accounts tests: JSON requests with headers, and the session cookie of a sign-in.
import { expect } from 'vitest';

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
  body: any;
  headers: Headers;
}

export async function request(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The `name=value` part of the session cookie a sign-in set, for the Cookie header of later requests. */
export function sessionCookieOf(answer: Answer): string {
  const setCookie = answer.headers.getSetCookie().find((line) => line.startsWith('actorgraph_session='));
  expect(setCookie, 'no session cookie was set').toBeDefined();
  return (setCookie ?? '').split(';')[0] ?? '';
}

export async function signIn(base: string, name: string, password: string): Promise<Answer> {
  return request(base, 'POST', '/api/session', { body: { name, password } });
}
