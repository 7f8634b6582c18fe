// A small closed-loop load of mixed API requests for the outage tests: each worker sends one request after
// another, each with a deadline, and every answer is recorded with its status, time and retry hint.

export interface LoadAnswer {
  path: string;
  status: number | 'timeout' | 'network';
  ms: number;
  retryAfterHeader: string | null;
  body: unknown;
}

/** Reads, a Cypher query and an export: every kind of work that touches the database. */
const MIX: { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/search?q=zelensky' },
  { method: 'GET', path: '/api/nodes/Person:donald-trump' },
  { method: 'GET', path: '/api/nodes/Person:donald-trump/neighbours?depth=1' },
  { method: 'GET', path: '/api/meetings' },
  { method: 'GET', path: '/api/who-met-whom' },
  { method: 'GET', path: '/api/paths?from=Person:donald-trump&to=Country:UA' },
  { method: 'GET', path: '/api/claims' },
  { method: 'GET', path: '/api/stats' },
  { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (n:Person) RETURN n.name AS name LIMIT 5' } },
  { method: 'GET', path: '/api/export?format=json&ego=Person:donald-trump' },
];

/** How many different requests the mix holds: one round of answers has touched every kind of work. */
export const MIX_SIZE = MIX.length;

/** Well above every server-side bound (driver retries 5 s, connection timeouts 2–5 s): reaching it is a hang. */
export const LOAD_REQUEST_TIMEOUT_MS = 20_000;

async function one(base: string, index: number): Promise<LoadAnswer> {
  const request = MIX[index % MIX.length] ?? MIX[0];
  if (!request) throw new Error('empty mix');
  const started = performance.now();
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: request.body ? { 'content-type': 'application/json' } : {},
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(LOAD_REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // exports in other formats, or a stream cut short by the outage
    }
    return {
      path: request.path,
      status: response.status,
      ms: performance.now() - started,
      retryAfterHeader: response.headers.get('retry-after'),
      body,
    };
  } catch (error) {
    const name = (error as Error).name;
    return {
      path: request.path,
      status: name === 'TimeoutError' ? 'timeout' : 'network',
      ms: performance.now() - started,
      retryAfterHeader: null,
      body: String(error),
    };
  }
}

export interface Load {
  /** The answers so far, in the order they came, for tests to wait on. */
  answers: readonly LoadAnswer[];
  /** Stops the loops; resolves with every answer once the last request ends. */
  stop: () => Promise<LoadAnswer[]>;
}

/** Runs `workers` loops until stop() is called. */
export function startLoad(base: string, workers = 4): Load {
  const answers: LoadAnswer[] = [];
  let running = true;
  let counter = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) answers.push(await one(base, counter++));
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}
