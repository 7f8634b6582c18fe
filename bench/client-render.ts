// Benchmark (not a test): first render and frame times (still, panning, during layout), actorgraph client
// (its large-graph mode as chosen by size, and forced off) vs bare sigma.
// Run: npx tsx bench/client-render.ts [--nodes 20000 --edges 100000 --seconds 6 --shots dir --client dir]
// (--shots: screenshots of the client's layout at its start and end, to see that the picture moves)
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { ensureClientBuilt } from '../scripts/build-client.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { syntheticGraph } from './client-graph.ts';
import { serveClientBench } from './client-server.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '6' },
    shots: { type: 'string' },
    client: { type: 'string', default: 'dist/client' },
  },
});
const nodes = Number(values.nodes);
const edges = Number(values.edges);
const seconds = Number(values.seconds);
const repo = join(import.meta.dirname, '..');
const bareDir = join(repo, '.local', 'bench-pages');

/** Frame deltas from requestAnimationFrame over a few seconds: what a user feels while the layout runs. */
async function frameTimes(page: Page, ms: number): Promise<Frames> {
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

/** Waits (at most 20 s) for five frames in a row of under 25 ms: the page has drawn what it had to. */
async function calm(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const end = performance.now() + 20000;
    let last = performance.now();
    let quiet = 0;
    function tick(now) {
      quiet = now - last < 25 ? quiet + 1 : 0;
      last = now;
      if (quiet >= 5 || now > end) resolve();
      else requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })`);
}

interface Frames {
  median: number;
  p95: number;
  max: number;
  fps: number;
}

interface Figures {
  firstRenderMs: number;
  /** Nothing moving: the same view, layout stopped. */
  still: Frames;
  /** A mouse drag across the canvas, the camera following it. */
  panning: Frames;
  layout: Frames;
}

/** Drags the canvas round a circle for `ms` while counting frames: what a user feels while panning. */
async function panFrames(page: Page, ms: number): Promise<Frames> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('no #graph on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Off-centre, so the press is less likely to land on a node (a press on a node is not a pan).
  await page.mouse.move(cx + 40, cy + 7);
  await page.mouse.down();
  const frames = frameTimes(page, ms);
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i += 1) {
    await page.mouse.move(cx + 40 + 120 * Math.sin(i / 6), cy + 7 + 90 * (1 - Math.cos(i / 6)));
  }
  const figures = await frames;
  await page.mouse.up();
  return figures;
}

type Kind = 'client' | 'client-off' | 'bare';

async function measure(url: string, kind: Kind): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    page.on('pageerror', (error) => console.error(`[${kind}] page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[${kind}] console: ${message.text()}`);
    });
    const address = { client: url, 'client-off': `${url}/?large=off`, bare: `${url}/bare/bare.html` }[kind];
    await page.goto(address);
    const hook = kind === 'bare' ? '__bare' : '__actorgraph';
    await page.waitForFunction((name) => (window as never)[name] !== undefined, hook, { timeout: 300_000 });
    const firstRenderMs = await page.evaluate(async (name) => {
      const target = (window as unknown as Record<string, { ready: Promise<void>; firstRenderMs?: number }>)[
        name
      ];
      await target?.ready;
      return target?.firstRenderMs ?? Number.NaN;
    }, hook);
    await page.waitForTimeout(500);
    const panning = await panFrames(page, seconds * 1000);
    // The still view is the one the layout then starts from (camera and pointer where the pan left them),
    // measured as long as the layout is: once the redraw after the pan is done, so neither window holds it.
    await calm(page);
    const still = await frameTimes(page, seconds * 1000);
    await page.waitForTimeout(500);
    if (kind === 'bare') await page.evaluate(() => window.__bare?.startLayout());
    else await page.click('#layout-toggle');
    await page.waitForTimeout(500);
    const shot = async (moment: string) => {
      if (values.shots && kind === 'client')
        await page.screenshot({ path: join(values.shots, `layout-${edges}-${moment}.png`) });
    };
    await shot('start');
    const layout = await frameTimes(page, seconds * 1000);
    await shot('end');
    return { firstRenderMs, still, panning, layout };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  // A client built elsewhere (--client) is measured as it is: dist/client is the working tree's, shared.
  if (values.client === 'dist/client') await ensureClientBuilt();
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
  const server = await serveClientBench(
    JSON.stringify(graph),
    JSON.stringify({ labels, relationshipTypes: types }),
    { clientDir: values.client, bareDir },
  );
  try {
    console.log(
      `Synthetic graph: ${nodes} nodes, ${edges} edges (seed 42); headless Chromium, software WebGL, 1366×768.`,
    );
    const bare = await measure(server.url, 'bare');
    const client = await measure(server.url, 'client');
    const off = await measure(server.url, 'client-off');
    // The mean (the run's length over its frames) counts what a user sees; the median alone can be a tick with
    // nothing drawn, when input or layout updates arrive slower than the screen refreshes.
    const frames = (f: Frames) =>
      `median ${f.median.toFixed(1)} ms, mean ${(1000 / f.fps).toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(0)} ms, ${f.fps.toFixed(1)} fps`;
    // bench/client.bench.ts parses these lines: keep "first render … | frames during FA2: median …" first.
    const row = (name: string, f: Figures) =>
      `${name.padEnd(22)} first render ${f.firstRenderMs.toFixed(0).padStart(6)} ms | frames during FA2: ${frames(f.layout)} | frames while panning: ${frames(f.panning)} | still: ${frames(f.still)}`;
    console.log(row('bare sigma', bare));
    console.log(row('actorgraph client', client));
    console.log(row('large mode off client', off));
    const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
    console.log(
      `ratios (client / bare): first render ${ratio(client.firstRenderMs, bare.firstRenderMs)}, median frame during FA2 ${ratio(client.layout.median, bare.layout.median)}, mean frame while panning ${ratio(1 / client.panning.fps, 1 / bare.panning.fps)} (large mode off: ${ratio(1 / off.panning.fps, 1 / bare.panning.fps)})`,
    );
  } finally {
    server.close();
  }
}

await main();
