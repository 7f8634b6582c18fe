// Fuzzing below the endpoints: any method, path, content type and body through fetch, and raw bytes on a
// socket — only 2xx or 4xx (JSON under /api), and the server keeps answering.
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import {
  encodeComponent,
  FUZZ_APP_ENV,
  FUZZ_RUNS,
  fuzzOnce,
  rawFragment,
  send,
} from './support/fuzz-request.ts';
import { hostileJson, hostileString } from './support/hostile-values.ts';

const API_PATHS = [
  '/api/stats',
  '/api/search',
  '/api/cypher',
  '/api/export',
  '/api/nodes/Person:donald-trump',
  '/api/health',
  '/api/openapi.json',
  '/api/admin/seed',
  '/api/',
  '/api',
];

const path = fc.oneof(
  fc.constantFrom(...API_PATHS),
  fc
    .tuple(fc.constantFrom(...API_PATHS), fc.oneof(hostileString.map(encodeComponent), rawFragment))
    .map(([base, tail]) => `${base}/${tail}`),
  fc.constantFrom(
    '/api//stats',
    '/api/./stats',
    '/api/%2e%2e/api/stats',
    '/API/STATS',
    '/api/stats;x',
    '/api/stats%00',
  ),
);

const body = fc.oneof(
  hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('{', '{"query":', '\u0000', '[]', '{"query":"RETURN 1"}', '{"a":1,"a":2}', '\ufeff{}'),
  fc.constant('x'.repeat(300_000)),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/vnd.api+json',
);

/** Raw request heads a browser would never send. */
const rawHead = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((junk) => `${junk}\r\n\r\n`),
  fc.constantFrom(
    'GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'GET /api/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
    'GET /api/stats HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET /api/stats\r\n\r\n',
    `GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    'POST /api/cypher HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query"',
    'GET /api/st\u0000ats HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET http://evil.example/api/stats HTTP/1.1\r\nHost: evil.example\r\n\r\n',
  ),
);

/** Writes bytes, then reads until the server closes or a second passes. */
function rawExchange(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, done);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(head);
  });
}

describe('fuzzing HTTP itself', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: FUZZ_APP_ENV });
  });
  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${FUZZ_RUNS} requests of any method, path, content type and body with 2xx or 4xx`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        path,
        contentType,
        body,
        async (method, url, type, text) => {
          const withBody = method !== 'GET' && method !== 'HEAD';
          const request = {
            method,
            url,
            headers: { 'content-type': type },
            ...(withBody ? { body: text } : {}),
          };
          // HEAD answers carry no body, Express answers OPTIONS with its Allow list in plain text, and
          // outside /api the explorer's page may answer: for those, the status is what counts.
          if (method === 'HEAD' || method === 'OPTIONS' || !url.toLowerCase().startsWith('/api')) {
            const answer = await send(app.url, request);
            expect(answer.status, `${method} ${url}`).toBeLessThan(500);
          } else {
            await fuzzOnce(app.url, request);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  }, 300_000);

  it('answers raw malformed HTTP with a 4xx in the JSON error shape, or closes the connection', async () => {
    await fc.assert(
      fc.asyncProperty(rawHead, async (head) => {
        const answer = await rawExchange(app.url, head);
        if (answer === '') return;
        const [statusLine = '', ...rest] = answer.split('\r\n');
        expect(statusLine, JSON.stringify(head.slice(0, 120))).toMatch(/^HTTP\/1\.[01] [24]\d\d /);
        const bodyText = rest.join('\r\n').split('\r\n\r\n').slice(1).join('\r\n\r\n');
        // Node's parser would answer these with a bare status line; ours answers in the error shape.
        if (/^HTTP\/1\.[01] 4/.test(statusLine)) {
          expect(Object.keys(JSON.parse(bodyText)), answer.slice(0, 300)).toEqual(['error']);
        }
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 3) },
    );
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  }, 300_000);
});
