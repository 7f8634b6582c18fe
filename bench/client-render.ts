// Benchmark (not a test): first render and frame times during layout, actorgraph client vs bare sigma.
// Run: npx tsx bench/client-render.ts [--nodes 20000 --edges 100000 --seconds 6]
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { ensureClientBuilt } from '../scripts/build-client.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { syntheticGraph } from './client-graph.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '6' },
  },
});
const nodes = Number(values.nodes);
const edges = Number(values.edges);
const seconds = Number(values.seconds);
const repo = join(import.meta.dirname, '..');
const clientDir = join(repo, 'dist', 'client');
const bareDir = join(repo, '.local', 'bench-pages');

// The same CSP as server/app.ts, so the client is measured as users run it.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:";
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function serve(graphJson: string, stats: string): Promise<{ url: string; close: () => void }> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Frame deltas from requestAnimationFrame over a few seconds: what a user feels while the layout runs. */
async function frameTimes(
  page: Page,
  ms: number,
): Promise<{ median: number; p95: number; max: number; fps: number }> {
  // Sent as source text: tsx would otherwise wrap the inner functions in helpers the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const deltas = [];
    let last = performance.now();
    const end = last + ${ms};
    function tick(now) {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else {
        deltas.sort((a, b) => a - b);
        const at = (q) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))] || 0;
        resolve({ median: at(0.5), p95: at(0.95), max: at(1), fps: (deltas.length / ${ms}) * 1000 });
      }
    }
    requestAnimationFrame(tick);
  })`);
}

interface Figures {
  firstRenderMs: number;
  frames: { median: number; p95: number; max: number; fps: number };
}

async function measure(url: string, kind: 'client' | 'bare'): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    page.on('pageerror', (error) => console.error(`[${kind}] page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[${kind}] console: ${message.text()}`);
    });
    await page.goto(kind === 'client' ? url : `${url}/bare/bare.html`);
    const hook = kind === 'client' ? '__actorgraph' : '__bare';
    await page.waitForFunction((name) => (window as never)[name] !== undefined, hook, { timeout: 300_000 });
    const firstRenderMs = await page.evaluate(async (name) => {
      const target = (window as unknown as Record<string, { ready: Promise<void>; firstRenderMs?: number }>)[
        name
      ];
      await target?.ready;
      return target?.firstRenderMs ?? Number.NaN;
    }, hook);
    if (kind === 'client') await page.click('#layout-toggle');
    else await page.evaluate(() => window.__bare?.startLayout());
    await page.waitForTimeout(500);
    const frames = await frameTimes(page, seconds * 1000);
    return { firstRenderMs, frames };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  await ensureClientBuilt();
  await build({
    root: join(repo, 'bench', 'pages'),
    base: '/bare/',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: bareDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      rollupOptions: { input: join(repo, 'bench', 'pages', 'bare.html') },
    },
  });
  const graph = syntheticGraph(nodes, edges);
  const labels: Record<string, number> = {};
  for (const node of graph.nodes)
    labels[String(node.attributes?.nodeLabel)] = (labels[String(node.attributes?.nodeLabel)] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const edge of graph.edges)
    types[String(edge.attributes?.relType)] = (types[String(edge.attributes?.relType)] ?? 0) + 1;
  const server = await serve(JSON.stringify(graph), JSON.stringify({ labels, relationshipTypes: types }));
  try {
    console.log(
      `Synthetic graph: ${nodes} nodes, ${edges} edges (seed 42); headless Chromium, software WebGL, 1366×768.`,
    );
    const bare = await measure(server.url, 'bare');
    const client = await measure(server.url, 'client');
    const row = (name: string, f: Figures) =>
      `${name.padEnd(18)} first render ${f.firstRenderMs.toFixed(0).padStart(6)} ms | frames during FA2: median ${f.frames.median.toFixed(1)} ms, p95 ${f.frames.p95.toFixed(1)} ms, max ${f.frames.max.toFixed(0)} ms, ${f.frames.fps.toFixed(1)} fps`;
    console.log(row('bare sigma', bare));
    console.log(row('actorgraph client', client));
    console.log(
      `ratios (client / bare): first render ×${(client.firstRenderMs / bare.firstRenderMs).toFixed(2)}, median frame ×${(client.frames.median / bare.frames.median).toFixed(2)}, p95 frame ×${(client.frames.p95 / bare.frames.p95).toFixed(2)}`,
    );
  } finally {
    server.close();
  }
}

await main();
