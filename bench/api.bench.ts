// API: latency and throughput over HTTP under concurrent load (autocannon) vs the same Cypher through the bare driver.
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../server/config.ts';
import { afterWrite, burstAfterWrite, getOk, hitShare } from './api-cache.ts';
import { startApiChild } from './api-child.ts';
import { type Protocol, type Workload, whoMetWhomWorkload, workloads } from './api-workloads.ts';
import { type BenchRow, ratioRow } from './table.ts';
import { sameInputs, timedLoop } from './timed-loop.ts';

/** About this many meetings fall in each who-met-whom window (the corpus spreads them over 11 years). */
const MEETINGS_PER_WINDOW = 50;
/** Issue 15's own who-met-whom target is for 28-day windows at 1M (thousands of pairs per answer). */
const ISSUE_WINDOW_DAYS = 28;
/** The API's default CYPHER_TIMEOUT_MS, which the bare-driver side uses too (bench/api-workloads.ts). */
const TIMEOUT_S = 10;

export interface ApiOptions {
  connections: number;
  seconds: number;
}

interface Measured {
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
}

async function overHttp(
  url: string,
  workload: Workload,
  options: ApiOptions,
  seconds: number,
): Promise<Measured> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: workload.path(next++) }) }],
  });
  if (result.requests.total === 0 && result.errors + result.timeouts === 0) {
    // Every request outlasted the window (autocannon counts only those that end in it): measured as the
    // driver side is, each request started in the window waited for.
    return timedLoop(options.connections, seconds, (i) => getOk(`${url}${workload.path(i)}`));
  }
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.total / seconds,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** As many workers as autocannon has connections, each running one request's reads after another. */
const overDriver = (
  driver: Driver,
  workload: Workload,
  options: ApiOptions,
  seconds: number,
  protocol: Protocol = 'managed',
): Promise<Measured> => timedLoop(options.connections, seconds, (i) => workload.run(driver, i, protocol));

export async function benchApi(
  driver: Driver,
  connection: Neo4jConnection,
  options: ApiOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const types = await driver.executeQuery(
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  );
  const meetings = await driver.executeQuery('MATCH (m:Meeting) RETURN count(m) AS n');
  const perDay = Number(meetings.records[0]?.get('n') ?? 0) / (11 * 365);
  const windowDays = Math.max(1, Math.ceil(MEETINGS_PER_WINDOW / Math.max(perDay, 1e-9)));
  const sized = Math.min(windowDays, 365);
  const list = workloads(
    types.records.map((record) => String(record.get('relationshipType'))),
    sized,
  );
  // The issue's window as well, where the sized one differs: latency rows only (its answers, megabytes at
  // 1M, would add minutes of cache rows that say what the sized window's already say).
  const issueWindow = sized === ISSUE_WINDOW_DAYS ? undefined : whoMetWhomWorkload(ISSUE_WINDOW_DAYS);
  if (issueWindow) list.push(issueWindow);
  // The API's own cost per request is measured with the result cache off; the cache rows use a second
  // process with it on (bench/api-cache.ts).
  const api = await startApiChild(connection, { ACTORGRAPH_CACHE_MB: '0' });
  const cached = await startApiChild(connection, { ACTORGRAPH_CACHE_MB: '256' });
  const rows: BenchRow[] = [];
  try {
    for (const workload of list) {
      // A short warm-up on both sides: JIT, query plans and page cache, so neither pays for the other.
      await overHttp(api.url, workload, options, 2);
      await overDriver(driver, workload, options, 2);
      // Throughput: each side alone with all the clients.
      const http = await overHttp(api.url, workload, options, options.seconds);
      const bare = await overDriver(driver, workload, options, options.seconds);
      // Latency: both sides over the same inputs, taking turns (bench/timed-loop.ts's sameInputs), with
      // all the clients and with one (the API's own cost per request, without queueing for 2 cores).
      const viaHttp = (i: number) => getOk(`${api.url}${workload.path(i)}`);
      const viaDriver = (i: number) => workload.run(driver, i);
      const paired = await sameInputs(options.connections, options.seconds, viaHttp, viaDriver);
      const paired1 = await sameInputs(1, options.seconds, viaHttp, viaDriver);
      // The API reads in auto-commit queries (one round trip); the targets' reference is executeQuery's
      // managed transaction (two). Stated beside it: the driver reading as the API does, each side alone.
      const auto = await overDriver(driver, workload, options, options.seconds, 'auto-commit');
      log(
        `api ${workload.name}: HTTP p50 ${paired.a.p50.toFixed(1)} ms p99 ${paired.a.p99.toFixed(1)} ms, ${http.perSecond.toFixed(0)}/s (${http.errors} errors); ` +
          `driver p50 ${paired.b.p50.toFixed(1)} ms p99 ${paired.b.p99.toFixed(1)} ms, ${bare.perSecond.toFixed(0)}/s (${bare.errors} errors); ` +
          `${paired.a.latencies.length} inputs on both sides, ${paired.leftOut} left out`,
      );
      const name = `api ${workload.name}`;
      if (paired.a.latencies.length === 0 || paired1.a.latencies.length === 0) {
        // No input answered in time on both sides: there is no latency to compare, only the failure to report.
        rows.push({
          metric: `${name}: answered within the ${TIMEOUT_S} s query timeout`,
          actorgraph: `${paired.a.errors + paired1.a.errors} failed`,
          reference: `${paired.b.errors + paired1.b.errors} failed`,
          target: 'all answered',
          pass: false,
        });
      } else {
        rows.push(
          ratioRow(`${name}: p50 latency, ${options.connections} clients`, paired.a.p50, paired.b.p50, 'ms', {
            text: '≤ 1.2×',
            ok: (ratio) => ratio <= 1.2,
          }),
          ratioRow(`${name}: p99 latency, ${options.connections} clients`, paired.a.p99, paired.b.p99, 'ms'),
          ratioRow(`${name}: throughput`, http.perSecond, bare.perSecond, 'req/s'),
          ratioRow(`${name}: p50 latency, 1 client`, paired1.a.p50, paired1.b.p50, 'ms'),
          ratioRow(
            `${name}: p50 latency, ${options.connections} clients, vs the driver in auto-commit reads (as the API)`,
            http.p50,
            auto.p50,
            'ms',
          ),
        );
      }
      rows.push(
        ...leftOutRows(
          name,
          'latency rows',
          paired.leftOut + paired1.leftOut,
          paired.a.latencies.length + paired1.a.latencies.length,
        ),
      );
      // The cache rows have references of their own (the after-a-write loops) or, for hits, the driver's p50
      // above: they are measured even when the plain HTTP side answered nothing within its window.
      if (workload !== issueWindow) {
        rows.push(
          ...(await cacheRows(
            driver,
            connection,
            cached.url,
            workload,
            options,
            bare.perSecond > 0 ? bare.p50 : undefined,
            log,
          )),
        );
      }
      const apiErrors = http.errors + paired.a.errors + paired1.a.errors;
      const driverErrors = bare.errors + paired.b.errors + paired1.b.errors;
      if (apiErrors + driverErrors > 0) {
        rows.push({
          metric: `${name}: failed requests`,
          actorgraph: apiErrors,
          reference: driverErrors,
          target: '0 (API)',
          pass: apiErrors === 0,
        });
      }
    }
  } finally {
    await api.stop();
    await cached.stop();
  }
  return rows;
}

/** A row stating how many inputs failed on a side and so are in neither side's latencies (none: no row). */
function leftOutRows(name: string, rows: string, leftOut: number, kept: number): BenchRow[] {
  return leftOut > 0
    ? [
        {
          metric: `${name}: inputs left out of the ${rows} (failed on a side)`,
          actorgraph: `${leftOut} of ${leftOut + kept}`,
          reference: '(same inputs on both sides)',
        },
      ]
    : [];
}

/**
 * Reads each distinct path of the workload's first 1000 inputs once, `clients` at a time; counts the answers
 * that say they are incomplete (shortest paths whose search for k ran out of time).
 */
async function warmEveryInput(
  url: string,
  workload: Workload,
  clients: number,
): Promise<{ inputs: number; incomplete: number }> {
  const paths = [...new Set(Array.from({ length: 1000 }, (_, i) => workload.path(i)))];
  const inputs = paths.length;
  let incomplete = 0;
  const worker = async () => {
    for (let path = paths.pop(); path !== undefined; path = paths.pop()) {
      const body = await (
        await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'identity' } })
      ).text();
      if (body.includes('"complete":false')) incomplete++;
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return { inputs, incomplete };
}

/**
 * Cache hits vs the driver's p50 under the same load (undefined: every driver request timed out, so the
 * reference is only known to exceed the timeout), and the first read after a write, 8 and 1 clients.
 */
async function cacheRows(
  driver: Driver,
  connection: Neo4jConnection,
  url: string,
  workload: Workload,
  options: ApiOptions,
  bareP50: number | undefined,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const name = `api ${workload.name}`;
  // Every input the workload cycles through is read once (misses), then the measured run repeats them.
  const warmed = await warmEveryInput(url, workload, options.connections);
  const hits = await overHttp(url, workload, options, options.seconds);
  const share = await hitShare(url);
  // The after-a-write loops share their time between the two sides; the burst gives each side its own.
  const eight = await afterWrite(driver, connection, url, workload, options.connections, options.seconds);
  const one = await afterWrite(driver, connection, url, workload, 1, options.seconds);
  const seconds = Math.max(2, options.seconds / 2);
  const burst = await burstAfterWrite(driver, url, workload, options.connections, seconds);
  log(
    `api ${workload.name} cache: hits p50 ${hits.p50} ms (${(share * 100).toFixed(0)}% hits so far); after a write ` +
      `p50 ${eight.http.p50.toFixed(1)} vs ${eight.bare.p50.toFixed(1)} ms (${(eight.misses * 100).toFixed(0)}% misses), ` +
      `1 client ${one.http.p50.toFixed(1)} vs ${one.bare.p50.toFixed(1)} ms; ${options.connections} clients on one key ` +
      `${burst.http.toFixed(1)} vs ${burst.bare.toFixed(1)} ms (${(burst.shared * 100).toFixed(0)}% shared)`,
  );
  const hitRow: BenchRow =
    bareP50 === undefined
      ? {
          metric: `${name}: cache hit p50, ${options.connections} clients`,
          actorgraph: hits.p50,
          reference: `> ${TIMEOUT_S * 1000} ms (timed out)`,
          unit: 'ms',
          target: '≤ 0.3×',
          pass: hits.p50 <= 0.3 * TIMEOUT_S * 1000,
        }
      : ratioRow(`${name}: cache hit p50, ${options.connections} clients`, hits.p50, bareP50, 'ms', {
          text: '≤ 0.3×',
          ok: (ratio) => ratio <= 0.3,
        });
  const incompleteRow: BenchRow[] =
    warmed.incomplete > 0
      ? [
          {
            metric: `${name}: answers marked incomplete (the search for k paths ran out of time: shortest length only)`,
            actorgraph: `${warmed.incomplete} of ${warmed.inputs}`,
            reference: '(one query, no fallback)',
          },
        ]
      : [];
  return [
    hitRow,
    ...incompleteRow,
    ...leftOutRows(
      name,
      'read-after-a-write rows',
      eight.leftOut + one.leftOut,
      eight.http.latencies.length + one.http.latencies.length,
    ),
    ratioRow(
      `${name}: read after a write (a write every 5 ms, cache bypassed) p50, ${options.connections} clients`,
      eight.http.p50,
      eight.bare.p50,
      'ms',
      { text: '≤ 1.3×', ok: (ratio) => ratio <= 1.3 },
    ),
    ratioRow(
      `${name}: read after a write (a write every 5 ms, cache bypassed) p50, 1 client`,
      one.http.p50,
      one.bare.p50,
      'ms',
      {
        text: '≤ 1.1×',
        ok: (ratio) => ratio <= 1.1,
      },
    ),
    ratioRow(
      `${name}: first read after a write, ${options.connections} clients asking one key at once, p50`,
      burst.http,
      burst.bare,
      'ms',
    ),
  ];
}
