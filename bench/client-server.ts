// The client benches' local server: the built client (or the bare sigma page under /bare) and a synthetic
// graph as the overview, with the same CSP as server/app.ts, so the client is measured as users run it.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:";
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const repo = join(import.meta.dirname, '..');

export interface ServeOptions {
  /** The built client, relative to the repository (dist/client unless a profile builds its own). */
  clientDir?: string;
  /** The bare sigma page's build (bench/client-render.ts builds it). */
  bareDir?: string;
}

export async function serveClientBench(
  graphJson: string,
  stats: string,
  options: ServeOptions = {},
): Promise<{ url: string; close: () => void }> {
  const clientDir = resolve(repo, options.clientDir ?? 'dist/client');
  const bareDir = resolve(repo, options.bareDir ?? '.local/bench-pages');
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/api/graph/overview') return send(res, 200, 'application/json', graphJson);
    if (path === '/api/stats') return send(res, 200, 'application/json', stats);
    if (path === '/api/meetings') return send(res, 200, 'application/json', '{"meetings":[]}');
    if (path === '/api/schema')
      return send(res, 200, 'application/json', '{"labels":[],"relationshipTypes":[],"propertyKeys":[]}');
    if (path.startsWith('/api/'))
      return send(res, 404, 'application/json', '{"error":{"code":"not_found","message":"bench"}}');
    const [dir, file] = path.startsWith('/bare')
      ? [bareDir, path.replace(/^\/bare/, '') || '/bare.html']
      : [clientDir, path === '/' ? '/index.html' : path];
    try {
      send(
        res,
        200,
        TYPES[extname(file)] ?? 'application/octet-stream',
        await readFile(join(dir, normalize(file))),
      );
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
