// HTTP helpers for the editing tests: JSON requests with a bearer token, and the article written for them.
import type { ApiAnswer } from '../api.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
export async function call<T = any>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (method === 'POST') headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(method === 'POST' ? { body: JSON.stringify(options.body ?? {}) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** A report written for these tests (no seed article says this): the 28 February meeting as held. */
export const TEST_ARTICLE = [
  'WASHINGTON, 1 March 2025',
  '',
  'Donald Trump and Volodymyr Zelenskyy met at the White House on Friday, but the talks ended without the minerals deal being signed.',
  '',
  '"We are not done yet," Zelenskyy told reporters after the meeting.',
  '',
  "Kestrel Analytics, a London research firm, estimated that Ukraine's lithium deposits could be worth $12bn.",
  '',
  'Trump said the US still wanted access to rare earths.',
].join('\n');

/** The offsets of `words` in `text` (its first occurrence), as a mention id or a quote uses them. */
export function span(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

export function mentionId(text: string, words: string): string {
  const { start, end } = span(text, words);
  return `${start}-${end}`;
}
