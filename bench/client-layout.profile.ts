// Profile (not a bench row): what the main thread does while the client's large-mode layout runs — frame
// deltas and long tasks from the click on, and the JavaScript functions that took the time (CDP profiler).
// Run: npx tsx bench/client-layout.profile.ts [--nodes 20000 --edges 100000 --seconds 8 --client dist/client]
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { syntheticGraph } from './client-graph.ts';
import { serveClientBench } from './client-server.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '8' },
    client: { type: 'string', default: 'dist/client' },
    trace: { type: 'boolean', default: false },
  },
});
const ms = Number(values.seconds) * 1000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** The protocol types trace events as strings; they carry numbers and an args object. */
function traceEvent(item: Record<string, unknown>): TraceEvent {
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  const args = item.args;
  const name = typeof args === 'object' && args !== null && 'name' in args ? args.name : undefined;
  return {
    name: String(item.name),
    ph: String(item.ph),
    ts: number(item.ts),
    dur: typeof item.dur === 'number' ? item.dur : undefined,
    tid: number(item.tid),
    pid: number(item.pid),
    args: { name: typeof name === 'string' ? name : undefined },
  };
}

/** Total time per event name on each named thread, for events of 5 ms or more. */
function summariseTrace(events: TraceEvent[]): void {
  const threads = new Map<string, string>();
  for (const event of events)
    if (event.name === 'thread_name') threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
  const totals = new Map<string, [number, number]>();
  for (const event of events) {
    if (event.ph !== 'X' || (event.dur ?? 0) < 5000) continue;
    const key = `${threads.get(`${event.pid}:${event.tid}`) ?? event.tid} ${event.name}`;
    const [sum, count] = totals.get(key) ?? [0, 0];
    totals.set(key, [sum + (event.dur ?? 0) / 1000, count + 1]);
  }
  for (const [key, [sum, count]] of [...totals.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 40))
    console.log(`trace ${sum.toFixed(0).padStart(7)} ms ${String(count).padStart(4)}x  ${key}`);
}

async function main(): Promise<void> {
  const graph = syntheticGraph(Number(values.nodes), Number(values.edges));
  const server = await serveClientBench(JSON.stringify(graph), '{"labels":{},"relationshipTypes":{}}', {
    clientDir: values.client,
  });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('console', (message) => console.log(`console: ${message.text()}`));
    await page.addInitScript(`
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__long.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    `);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__actorgraph !== undefined, null, { timeout: 300_000 });
    await page.evaluate(() => window.__actorgraph?.ready);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    // The trace says what the main thread did outside JavaScript (drawing, compositing, waiting for the GPU).
    const events: TraceEvent[] = [];
    if (values.trace) {
      cdp.on('Tracing.dataCollected', (data) => {
        for (const item of data.value) events.push(traceEvent(item));
      });
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,viz,toplevel',
        transferMode: 'ReportEvents',
      });
    }
    const t0 = await page.evaluate('performance.now()');
    const frames = page.evaluate(`new Promise((resolve) => {
      const stamps = [];
      const end = performance.now() + ${ms};
      function tick(now) { stamps.push(now); if (now < end) requestAnimationFrame(tick); else resolve(stamps); }
      requestAnimationFrame(tick);
    })`) as Promise<number[]>;
    await page.click('#layout-toggle');
    const stamps = await frames;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const long = (await page.evaluate('window.__long')) as [number, number][];
    if (values.trace) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      summariseTrace(events);
    }
    const t = Number(t0);
    console.log(`frames: ${stamps.length} in ${ms} ms, mean ${(ms / stamps.length).toFixed(1)} ms`);
    const slow = stamps
      .map((at, i) => [at - t, at - (stamps[i - 1] ?? t)] as const)
      .filter(([, delta]) => delta > 40);
    console.log(
      `frames over 40 ms (at, delta): ${slow.map(([at, d]) => `${at.toFixed(0)}:${d.toFixed(0)}`).join(' ')}`,
    );
    console.log(
      `long tasks after the click (at, ms): ${long
        .filter(([at]) => at >= t)
        .map(([at, d]) => `${(at - t).toFixed(0)}:${d.toFixed(0)}`)
        .join(' ')}`,
    );
    // Self time per function, from the sample counts and their time deltas.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [name, time] of top) console.log(`${time.toFixed(0).padStart(7)} ms  ${name}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
