// Which process pays for an API request: CPU of Neo4j, the API child(ren) and this process per answered request,
// HTTP (autocannon) and bare driver in turns, on the bench's own Neo4j and corpus.
//   nice -n 19 npx tsx bench/api-cpu.ts [--relationships 100000] [--seconds 5] [--rounds 3] [--only who,search]
//     [--variant 'name=ENV=VAL,ENV=VAL;--node-flag;@/other/checkout' …]   (more API children, A/B every round)
//     [--main-flags=--cpu-prof,--cpu-prof-dir=/tmp/prof] [--clients 8,1] [--window-days 28]
//     [--together]   (every side at once, `clients` each: the same machine load on all; p50 and completions)
//     [--after-write]   (with --together: a graph version bump before every request, the cache on, fetch)
// Variants are checked to answer the first 20 requests byte for byte as main does.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { generateCorpus } from '../loader/corpus/generate.ts';
import { writeCorpus } from '../loader/corpus/write-corpus.ts';
import { loadDirectory } from '../loader/loader.ts';
import { integerOption, parseCommandLine, runCli } from '../scripts/cli.ts';
import { bumpGraphVersionAlone } from '../server/cache/graph-version.ts';
import { getOk } from './api-cache.ts';
import { type ApiChild, startApiChild } from './api-child.ts';
import { workloads } from './api-workloads.ts';
import { startBenchNeo4j } from './instance.ts';
import { timedLoop } from './timed-loop.ts';

const USAGE = `usage: npx tsx bench/api-cpu.ts [options]

Which process pays for an API request: CPU of Neo4j, the API child(ren) and this process per answered request,
HTTP (autocannon) and the bare driver, on the bench's own Neo4j and corpus (docs/performance.md).

Options:
  --relationships N          corpus size (default 100000)
  --seconds N                per measurement (default 5)
  --rounds N                 rounds per workload (default 3)
  --only who,search          workloads by name prefix
  --variant 'name=ENV=VAL,ENV=VAL;--node-flag;@/other/checkout'
                             another API child, measured beside main every round (repeatable)
  --main-flags=--cpu-prof,--cpu-prof-dir=/tmp/prof
                             node flags for main's API child
  --clients 8,1              client counts
  --window-days N            who-met-whom's window in days (default: sized to ~50 meetings, as the bench's)
  --together                 every side at once, the clients each: the same machine load on all
  --after-write              with --together: a graph version bump before every request, the cache on
  -h, --help                 this text`;

runCli({ name: 'api-cpu', usage: USAGE }, async () => {
  const { values } = parseCommandLine({
    options: {
      relationships: { type: 'string', default: '100000' },
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      only: { type: 'string', default: 'who,search' },
      variant: { type: 'string', multiple: true, default: [] },
      'main-flags': { type: 'string', default: '' },
      clients: { type: 'string', default: '8' },
      'window-days': { type: 'string', default: '' },
      together: { type: 'boolean', default: false },
      'after-write': { type: 'boolean', default: false },
    },
  });
  const seconds = integerOption('seconds', values.seconds, 1, 600);
  const rounds = integerOption('rounds', values.rounds, 1, 100);
  const relationships = integerOption('relationships', values.relationships, 1000, 5_000_000);
  const fixedWindowDays = values['window-days']
    ? integerOption('window-days', values['window-days'], 1, 4000)
    : undefined;
  const log = (line: string) => process.stderr.write(`[api-cpu] ${line}\n`);

  /** utime + stime of a process in ms (clock ticks of 10 ms). */
  function cpuMs(pid: number): number {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** `name=A=1,B=2;--flag;--flag2`: env and node flags of one API child. */
  function parseVariant(text: string): {
    name: string;
    env: Record<string, string>;
    flags: string[];
    script?: string;
  } {
    const [head = '', ...rest] = text.split(';');
    const flags = rest.filter((part) => !part.startsWith('@'));
    const dir = rest.find((part) => part.startsWith('@'))?.slice(1);
    const [name = 'variant', ...envParts] = head.split('=');
    const env: Record<string, string> = {};
    for (const pair of envParts.join('=').split(',').filter(Boolean)) {
      const [k = '', ...v] = pair.split('=');
      env[k] = v.join('=');
    }
    return { name, env, flags, ...(dir ? { script: `${dir}/bench/api-server.ts` } : {}) };
  }

  const bench = await startBenchNeo4j(log);
  const children: { name: string; child: ApiChild }[] = [];
  try {
    const corpus = generateCorpus({ relationships, seed: 42 });
    await writeCorpus(corpus, bench.importDir, 'csv');
    await loadDirectory(bench.driver, bench.importDir, {});
    log(`corpus loaded: ${values.relationships} relationships`);
    const neo4jPid = bench.server.pid ?? 0;
    // After a write: the cache on, as the bench's after-a-write rows have it (every read a miss behind a write).
    const afterWrite = values['after-write'];
    const base = { ACTORGRAPH_CACHE_MB: afterWrite ? '256' : '0' };
    const mainFlags = values['main-flags'].split(',').filter(Boolean);
    children.push({
      name: 'main',
      child: await startApiChild(bench.connection, base, { nodeFlags: mainFlags }),
    });
    for (const text of values.variant) {
      const v = parseVariant(text);
      children.push({
        name: v.name,
        child: await startApiChild(
          bench.connection,
          { ...base, ...v.env },
          { nodeFlags: v.flags, ...(v.script ? { script: v.script } : {}) },
        ),
      });
    }
    const types = await bench.driver.executeQuery(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
    );
    const meetings = await bench.driver.executeQuery('MATCH (m:Meeting) RETURN count(m) AS n');
    const perDay = Number(meetings.records[0]?.get('n') ?? 0) / (11 * 365);
    // The issue's own 28-day window, or a ~280-day one at 100k that answers about as much as 28 days at 1M.
    const windowDays = fixedWindowDays ?? Math.min(365, Math.max(1, Math.ceil(50 / Math.max(perDay, 1e-9))));
    const all = workloads(
      types.records.map((r) => String(r.get('relationshipType'))),
      windowDays,
    );
    const wanted = values.only.split(',');
    const list = all.filter((w) => wanted.some((name) => w.name.startsWith(name)));

    for (const [workload, connections] of list.flatMap((w) =>
      values.clients.split(',').map((c) => [w, Number(c)] as const),
    )) {
      // Answer size once, to know what autocannon reads.
      const first = children[0]?.child.url ?? '';
      const sample = await (await fetch(`${first}${workload.path(0)}`)).arrayBuffer();
      log(`${workload.name}: answer 0 is ${sample.byteLength} bytes`);
      // Every variant must answer byte for byte what main answers.
      for (const { name, child } of children.slice(1)) {
        for (let i = 0; i < 20; i++) {
          const [a, b] = await Promise.all(
            [first, child.url].map(async (url) =>
              Buffer.from(await (await fetch(`${url}${workload.path(i)}`)).arrayBuffer()),
            ),
          );
          if (!a || !b || !a.equals(b)) log(`${workload.name}: ${name} answers request ${i} differently`);
        }
      }
      const cannon = (url: string, s: number) =>
        new Promise<{ n: number; p50: number; errors: number }>((resolve, reject) => {
          let next = 0;
          autocannon(
            {
              url,
              connections,
              duration: s,
              requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, path: workload.path(next++) }) }],
            },
            (error, result) =>
              error
                ? reject(error)
                : resolve({
                    n: result.requests.total,
                    p50: result.latency.p50,
                    errors: result.errors + result.timeouts + result.non2xx,
                  }),
          );
        });
      const http = async (url: string, s: number) => (await cannon(url, s)).n;
      const driver = async (s: number) =>
        (await timedLoop(connections, s, (i) => workload.run(bench.driver, i))).latencies.length;
      // Warm-up, every side.
      for (const { child } of children) await http(child.url, 2);
      await driver(2);
      if (values.together) {
        // Each API child and the driver at once, `connections` clients each: the same machine load on all sides.
        // Both count only the requests completed inside the window (autocannon's rule).
        const bump = () => (afterWrite ? bumpGraphVersionAlone(bench.driver, 'neo4j') : Promise.resolve());
        const within = async (s: number, request: (i: number) => Promise<unknown>) => {
          const latencies: number[] = [];
          let next = 0;
          let errors = 0;
          const deadline = performance.now() + s * 1000;
          const worker = async () => {
            while (performance.now() < deadline) {
              await bump();
              const start = performance.now();
              try {
                await request(next++);
                if (performance.now() <= deadline) latencies.push(performance.now() - start);
              } catch {
                errors++;
              }
            }
          };
          await Promise.all(Array.from({ length: connections }, worker));
          latencies.sort((a, b) => a - b);
          return {
            n: latencies.length,
            p50: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
            errors,
          };
        };
        for (let round = 0; round < rounds; round++) {
          const results = await Promise.all([
            ...children.map(({ child }) =>
              afterWrite
                ? within(seconds, (i) => getOk(`${child.url}${workload.path(i)}`))
                : cannon(child.url, seconds),
            ),
            within(seconds, (i) => workload.run(bench.driver, i)),
          ]);
          const names = [...children.map((c) => c.name), 'driver'];
          log(
            `${workload.name} together ${connections}c each r${round}: ` +
              results
                .map(
                  (r, i) =>
                    `${names[i]} ${(r.n / seconds).toFixed(2)} req/s p50 ${Math.round(r.p50)} ms (${r.errors} errors)`,
                )
                .join('; ') +
              `; load ${loadavg()[0]?.toFixed(1)}`,
          );
        }
        continue;
      }
      const sides = [
        ...children.map(({ name, child }) => ({ name, pid: child.pid, run: () => http(child.url, seconds) })),
        { name: 'driver', pid: 0, run: () => driver(seconds) },
      ];
      for (let round = 0; round < rounds; round++) {
        // Rotate the order every round, so load drifts fall on every side.
        const order = sides.map((_, i) => sides[(i + round) % sides.length]).filter((s) => s !== undefined);
        for (const side of order) {
          const neo = cpuMs(neo4jPid);
          const api = side.pid ? cpuMs(side.pid) : 0;
          const own = process.cpuUsage();
          const answered = await side.run();
          const ownUsed = process.cpuUsage(own);
          const per = (ms: number) => (ms / Math.max(answered, 1)).toFixed(1);
          const neoUsed = cpuMs(neo4jPid) - neo;
          const apiUsed = side.pid ? cpuMs(side.pid) - api : 0;
          const benchUsed = (ownUsed.user + ownUsed.system) / 1000;
          log(
            `${workload.name} ${connections}c r${round} ${side.name.padEnd(8)} ${(answered / seconds).toFixed(1).padStart(6)} req/s; ` +
              `CPU ms/request: neo4j ${per(neoUsed)}, api ${per(apiUsed)}, bench ${per(benchUsed)}, ` +
              `total ${per(neoUsed + apiUsed + benchUsed)}; load ${loadavg()[0]?.toFixed(1)}`,
          );
        }
      }
    }
  } finally {
    for (const { child } of children) await child.stop();
    await bench.remove();
  }
});
