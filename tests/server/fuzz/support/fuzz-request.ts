// Sends one generated request with a deadline and checks the answer: a 2xx, or a 4xx in the JSON error
// shape — never a 5xx, a hang or a body that is not what its Content-Type says.
import fc from 'fast-check';

/** Far above any timeout the fuzz apps configure (Cypher 2 s, exports 12 s): reaching it means a hang. */
export const REQUEST_TIMEOUT_MS = 25_000;

/** Requests per endpoint; FUZZ_RUNS raises it for a longer hunt. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Rate limits high enough never to answer for the code under test, and short timeouts. */
export const FUZZ_APP_ENV: NodeJS.ProcessEnv = {
  RATE_LIMIT_CYPHER_PER_MINUTE: '1000000',
  RATE_LIMIT_EXPORT_PER_MINUTE: '1000000',
  CYPHER_TIMEOUT_MS: '2000',
  CYPHER_MAX_ROWS: '500',
};

export interface FuzzRequest {
  method: string;
  /** Path with its query string, already encoded. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

/**
 * Percent-encodes the UTF-8 bytes of a string (lone surrogates become U+FFFD, as a browser sends them),
 * and sometimes keeps a raw byte sequence that is not UTF-8 at all or a stray `%`.
 */
export function encodeComponent(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Raw query-string fragments that no encoder would produce. */
export const rawFragment = fc.constantFrom(
  '%FF',
  '%C0%AF',
  '%E0%A4%A',
  '%',
  '%zz',
  '%00',
  '+',
  '%2B',
  '&&',
  '==',
);

export type QueryValue = string | string[] | { raw: string };

export function queryString(params: [string, QueryValue][]): string {
  const parts: string[] = [];
  for (const [name, value] of params) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) {
      const encoded = typeof one === 'string' ? encodeComponent(one) : one.raw;
      parts.push(`${encodeComponent(name)}=${encoded}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export async function send(base: string, request: FuzzRequest): Promise<FuzzAnswer> {
  const started = performance.now();
  const response = await fetch(`${base}${request.url}`, {
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    ms: performance.now() - started,
  };
}

function describe(request: FuzzRequest, answer: FuzzAnswer, problem: string): Error {
  const shown = request.url.length > 300 ? `${request.url.slice(0, 300)}…` : request.url;
  const body = request.body && request.body.length > 300 ? `${request.body.slice(0, 300)}…` : request.body;
  return new Error(
    `${problem}\n  ${request.method} ${shown}${body === undefined ? '' : `\n  body: ${body}`}\n  → ${answer.status} ${answer.contentType}\n  ${answer.text.slice(0, 500)}`,
  );
}

/** Throws (for fast-check to shrink) unless the answer is acceptable; returns it for further checks. */
export function checkAnswer(request: FuzzRequest, answer: FuzzAnswer, expectJson = true): FuzzAnswer {
  if (answer.status >= 500 || answer.status < 200) throw describe(request, answer, 'server error');
  if (answer.status >= 400) {
    if (!answer.contentType.includes('application/json')) throw describe(request, answer, 'error not JSON');
    const body = JSON.parse(answer.text) as { error?: { code?: unknown; message?: unknown } };
    if (
      Object.keys(body).join() !== 'error' ||
      typeof body.error?.code !== 'string' ||
      typeof body.error.message !== 'string'
    ) {
      throw describe(request, answer, 'error not in the {error:{code, message}} shape');
    }
    if (/\bat .+\.(ts|js):\d+/.test(answer.text)) throw describe(request, answer, 'stack trace leaked');
  } else if (expectJson) {
    if (!answer.contentType.includes('application/json')) throw describe(request, answer, '2xx not JSON');
    JSON.parse(answer.text);
  }
  return answer;
}

/** Sends and checks in one step, as the body of a fast-check property. */
export async function fuzzOnce(base: string, request: FuzzRequest, expectJson = true): Promise<FuzzAnswer> {
  return checkAnswer(request, await send(base, request), expectJson);
}
