// Closed loops of `clients` workers for `seconds`, each sending one timed request after another: the loops every
// driver-side and fetch-side API row measures with.
import { percentile } from './table.ts';

export interface Timed {
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
  /** Every completed request's latency, sorted. */
  latencies: number[];
}

function timed(latencies: number[], errors: number, started: number): Timed {
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    // Over the time until the last request ended: requests started before the deadline end after it.
    perSecond: latencies.length / ((performance.now() - started) / 1000),
    errors,
    latencies,
  };
}

/** `clients` workers each sending input after input (a shared counter) until the deadline. */
async function eachInput(
  clients: number,
  seconds: number,
  step: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) await step(next++);
  };
  await Promise.all(Array.from({ length: clients }, worker));
}

/** One side alone: as many inputs as its speed allows in the time. */
export async function timedLoop(
  clients: number,
  seconds: number,
  request: (i: number) => Promise<unknown>,
): Promise<Timed> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await eachInput(clients, seconds, async (i) => {
    const start = performance.now();
    try {
      await request(i);
      latencies.push(performance.now() - start);
    } catch {
      errors++;
    }
  });
  return timed(latencies, errors, started);
}

export interface Paired {
  a: Timed;
  b: Timed;
  /** Inputs that failed on either side, so counted in neither side's latencies. */
  leftOut: number;
}

/**
 * Two sides over the same inputs: each worker takes the next input and times `a` and `b` on it one after the
 * other, which goes first alternating so neither always finds the other's pages warm. Where inputs differ in
 * cost (shortest paths: a few take seconds), two sides run apart cover different inputs, as many as each one's
 * speed allows; here both cover the same ones, under the same machine load. An input that fails on either side
 * (a timeout) is left out of both and counted; each side's `errors` are its own failures.
 */
export async function pairedLoop(
  clients: number,
  seconds: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
): Promise<Paired> {
  const latencies = { a: [] as number[], b: [] as number[] };
  const errors = { a: 0, b: 0 };
  let leftOut = 0;
  const started = performance.now();
  const time = async (side: 'a' | 'b', i: number): Promise<number | undefined> => {
    const start = performance.now();
    try {
      await (side === 'a' ? a(i) : b(i));
      return performance.now() - start;
    } catch {
      errors[side]++;
      return undefined;
    }
  };
  await eachInput(clients, seconds, async (i) => {
    let tookA: number | undefined;
    let tookB: number | undefined;
    if (i % 2 === 0) {
      tookA = await time('a', i);
      tookB = await time('b', i);
    } else {
      tookB = await time('b', i);
      tookA = await time('a', i);
    }
    if (tookA === undefined || tookB === undefined) leftOut++;
    else {
      latencies.a.push(tookA);
      latencies.b.push(tookB);
    }
  });
  return {
    a: timed(latencies.a, errors.a, started),
    b: timed(latencies.b, errors.b, started),
    leftOut,
  };
}
