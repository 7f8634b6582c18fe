// Small HTTP helpers for the API tests: JSON GET and POST against a running test app.
import { expect } from 'vitest';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
export async function getJson<T = any>(base: string, path: string): Promise<ApiAnswer<T>> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
export async function postJson<T = any>(base: string, path: string, body: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** Every failure takes this shape: {error:{code, message, details?}} and nothing else. */
export function expectErrorShape(answer: ApiAnswer, status?: number): void {
  if (status !== undefined) expect(answer.status).toBe(status);
  expect(answer.status).toBeGreaterThanOrEqual(400);
  const body = answer.body as { error?: { code?: unknown; message?: unknown } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error?.code).toBe('string');
  expect(typeof body.error?.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
}
