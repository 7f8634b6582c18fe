// The built client's caching: hashed files under /assets are immutable for a year, the page is always
// revalidated, and both are compressed for a client that accepts it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAssets, IMMUTABLE } from '../../../server/http/client-assets.ts';
import { compressAnswers } from '../../../server/http/compression.ts';

function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('client assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-dist-'));
  let server: Server;
  let url = '';
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/assets/index-abc123.js"></script>');
    writeFileSync(
      join(dir, 'assets', 'index-abc123.js'),
      `console.log(${JSON.stringify('x'.repeat(20_000))});`,
    );
    const app = express();
    app.use(compressAnswers());
    app.use(clientAssets(dir));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks hashed assets immutable for a year and compresses them when accepted', async () => {
    const plain = await rawGet(`${url}/assets/index-abc123.js`);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzipped = await rawGet(`${url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.bytes).toBeLessThan(plain.bytes / 10);
  });

  it('has the page revalidated, at / and at any client route', async () => {
    for (const path of ['/', '/index.html', '/some/view?node=Person:x']) {
      const page = await rawGet(`${url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });
});
