// `clients` workers for `seconds`, each repeating an untimed step (a write, or nothing) and one timed request:
// the loop every driver-side and fetch-side API row measures with.
import { percentile } from './table.ts';

export interface Timed {
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
  /** Every completed request's latency, sorted. */
  latencies: number[];
}

/** The figures of one measurement split into slices (interleaved with another's), as if taken in one piece. */
export function joinTimed(slices: readonly Timed[], seconds: number): Timed {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    latencies,
  };
}

export async function timedLoop(
  clients: number,
  seconds: number,
  before: () => Promise<unknown>,
  request: (i: number) => Promise<unknown>,
): Promise<Timed> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      await before();
      const start = performance.now();
      try {
        await request(next++);
        latencies.push(performance.now() - start);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
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
