// Request size limits in the JSON error shape: URLs over 8 KB (414), request heads over Node's 16 KB (431).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_URL_BYTES } from '../../../server/http/url-limit.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';

/** Sends a request head as it is and returns the raw answer (the server closes after refusing it). */
function raw(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(head);
  });
}

describe('request size limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a URL longer than 8 KB with 414 uri_too_long, and lets one just under through', async () => {
    const path = '/api/search?q=trump&pad=';
    const tooLong = await getJson(app.url, `${path}${'a'.repeat(MAX_URL_BYTES - path.length + 1)}`);
    expectErrorShape(tooLong, 414);
    expect(tooLong.body.error).toMatchObject({ code: 'uri_too_long', details: { maxBytes: MAX_URL_BYTES } });

    // Just under the limit it reaches validation, which refuses the unknown parameter instead.
    const justUnder = await getJson(app.url, `${path}${'a'.repeat(MAX_URL_BYTES - path.length)}`);
    expectErrorShape(justUnder, 400);
    expect(justUnder.body.error.code).toBe('invalid_input');
  });

  it("answers request heads over Node's 16 KB with 431 in the JSON error shape, not a bare status line", async () => {
    const answer = await raw(
      app.url,
      `GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'headers_too_large' } });
  });

  it('answers broken HTTP with 400 in the JSON error shape', async () => {
    const answer = await raw(app.url, 'GET /api/stats HTTP/1.1\r\nHost x\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'bad_request' } });
  });
});
