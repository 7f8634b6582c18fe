// Result cache rows for the API bench: repeated reads (hits: a version check, no query) and the first read
// after a write (the query at once, the version check after the answer is sent, deciding whether it is kept),
// each against the same Cypher through the bare driver; and, stated, the first reads of one key by all
// clients at once after a write (single flight: one query shared).
import { Agent, get } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { bumpGraphVersionAlone } from '../server/cache/graph-version.ts';
import type { Neo4jConnection } from '../server/config.ts';
import { startBenchChild } from './api-child.ts';
import type { Workload } from './api-workloads.ts';
import { percentile } from './table.ts';
import { sameInputs, type Timed } from './timed-loop.ts';

/** Kept-alive connections, as autocannon and browsers hold them. */
const agent = new Agent({ keepAlive: true });

/**
 * One GET read to its end; uncompressed, as autocannon asks in the other API rows (the driver side compresses
 * nothing either). node:http rather than fetch: fetch's web streams cost this process about 0.5 ms of CPU per
 * request more (measured at 100k), and on two shared cores that was charged to the API's side.
 */
export function getOk(url: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers: { 'accept-encoding': 'identity' } }, (response) => {
      response.resume();
      response.once('error', reject);
      response.once('end', () => {
        if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`));
        else resolve(String(response.headers['x-cache'] ?? '') || null);
      });
    }).once('error', reject);
  });
}

/** Runs `measure` while bench/bumper.ts moves the graph version every few milliseconds in its own process. */
async function whileBumping<T>(connection: Neo4jConnection, measure: () => Promise<T>): Promise<T> {
  const bumper = await startBenchChild(new URL('./bumper.ts', import.meta.url).pathname, connection);
  try {
    return await measure();
  } finally {
    await bumper.stop();
  }
}

/**
 * p50 of requests made while writes keep coming in (a bump every few milliseconds from another process), over
 * HTTP (cache on) and through the driver, both over the same inputs (bench/timed-loop.ts's sameInputs) for
 * `seconds` in all. `misses` is the share the cache did not answer; `leftOut`, inputs that failed on a side.
 */
export async function afterWrite(
  driver: Driver,
  connection: Neo4jConnection,
  url: string,
  workload: Workload,
  clients: number,
  seconds: number,
): Promise<{ http: Timed; bare: Timed; misses: number; leftOut: number }> {
  let misses = 0;
  let answered = 0;
  const {
    a: http,
    b: bare,
    leftOut,
  } = await whileBumping(connection, () =>
    sameInputs(
      clients,
      seconds,
      async (i) => {
        const cache = await getOk(`${url}${workload.path(i)}`);
        answered++;
        if (cache !== 'hit') misses++;
      },
      (i) => workload.run(driver, i),
    ),
  );
  return { http, bare, misses: answered > 0 ? misses / answered : 0, leftOut };
}

/**
 * One write, then `clients` requests for the same input at once, again and again: p50 of those requests over
 * HTTP (cache on: concurrent misses of one key share one read) and through the driver (each its own read).
 */
export async function burstAfterWrite(
  driver: Driver,
  url: string,
  workload: Workload,
  clients: number,
  seconds: number,
): Promise<{ http: number; bare: number; shared: number }> {
  const bump = () => bumpGraphVersionAlone(driver, 'neo4j');
  let shared = 0;
  let answers = 0;
  const bursts = async (request: (i: number) => Promise<unknown>): Promise<number> => {
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < deadline; i++) {
      await bump();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          const start = performance.now();
          try {
            await request(i);
            latencies.push(performance.now() - start);
          } catch {
            // A timed-out or failed request has no latency to count; the burst goes on.
          }
        }),
      );
    }
    return percentile(
      latencies.sort((a, b) => a - b),
      50,
    );
  };
  const http = await bursts(async (i) => {
    answers++;
    if ((await getOk(`${url}${workload.path(i)}`)) === 'coalesced') shared++;
  });
  const bare = await bursts((i) => workload.run(driver, i));
  return { http, bare, shared: answers > 0 ? shared / answers : 0 };
}

/** The share of a cache's answers that were hits, from /api/health's counters. */
export async function hitShare(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/api/health`)).json()) as {
    cache?: { hits: number; misses: number };
  };
  const { hits = 0, misses = 0 } = health.cache ?? {};
  return hits + misses > 0 ? hits / (hits + misses) : 0;
}
