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

/** Inputs from `from` on, one after another, until `seconds` have passed. */
function inputsFor(seconds: number, from = 0): () => number | undefined {
  let next = from;
  const deadline = performance.now() + seconds * 1000;
  return () => (performance.now() < deadline ? next++ : undefined);
}

/**
 * `clients` workers each timing the next input `nextInput` gives, until it gives none: each input's latency,
 * or undefined where the request failed.
 */
async function timeEach(
  clients: number,
  nextInput: () => number | undefined,
  request: (i: number) => Promise<unknown>,
): Promise<Map<number, number | undefined>> {
  const took = new Map<number, number | undefined>();
  const worker = async () => {
    for (let i = nextInput(); i !== undefined; i = nextInput()) {
      const start = performance.now();
      try {
        await request(i);
        took.set(i, performance.now() - start);
      } catch {
        took.set(i, undefined);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return took;
}

/** One side alone: as many inputs as its speed allows in the time. */
export async function timedLoop(
  clients: number,
  seconds: number,
  request: (i: number) => Promise<unknown>,
): Promise<Timed> {
  const started = performance.now();
  const took = [...(await timeEach(clients, inputsFor(seconds), request)).values()];
  const latencies = took.filter((ms) => ms !== undefined);
  return timed(latencies, took.length - latencies.length, started);
}

export interface Paired {
  a: Timed;
  b: Timed;
  /** Inputs that failed on either side, so counted in neither side's latencies. */
  leftOut: number;
}

/** Turns of `sameInputs`: even, so each side leads as often as the other. */
const TURNS = 4;

/**
 * Two sides over the same inputs, each alone with all the clients. In each of four turns one side runs for
 * its share of the time from the next unused input, then the other runs exactly the inputs the first reached;
 * which side leads alternates, so a change in the machine's load falls on both. Where inputs differ in cost
 * (shortest paths: a few take seconds), two sides run for the same time cover different inputs, as many as
 * each one's speed allows; here both cover the same ones. An input that fails on either side (a timeout) is
 * left out of both and counted; each side's `errors` are its own failures. Each side runs alone because this
 * process times both: the driver's decoding on its one thread would delay noticing HTTP answers in between.
 */
export async function sameInputs(
  clients: number,
  seconds: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
): Promise<Paired> {
  const took = { a: new Map<number, number | undefined>(), b: new Map<number, number | undefined>() };
  const started = performance.now();
  let from = 0;
  for (let turn = 0; turn < TURNS; turn++) {
    const [lead, follow] = turn % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    const led = await timeEach(clients, inputsFor(seconds / (2 * TURNS), from), lead === 'a' ? a : b);
    const inputs = [...led.keys()];
    const followed = await timeEach(clients, () => inputs.pop(), follow === 'a' ? a : b);
    for (const [i, ms] of led) took[lead].set(i, ms);
    for (const [i, ms] of followed) took[follow].set(i, ms);
    from += led.size;
  }
  const latencies = { a: [] as number[], b: [] as number[] };
  const errors = { a: 0, b: 0 };
  let leftOut = 0;
  for (const [i, msA] of took.a) {
    const msB = took.b.get(i);
    if (msA === undefined) errors.a++;
    if (msB === undefined) errors.b++;
    if (msA === undefined || msB === undefined) leftOut++;
    else {
      latencies.a.push(msA);
      latencies.b.push(msB);
    }
  }
  return {
    a: timed(latencies.a, errors.a, started),
    b: timed(latencies.b, errors.b, started),
    leftOut,
  };
}
