// How far V8 lets the server's heap grow between full collections: set once by the entry points that serve.
import v8 from 'node:v8';

/**
 * After each full collection V8 lets the old generation grow to a multiple of what survived it, up to 4× on a
 * machine with this much memory. An export's driver records are promoted (the sampling heap profile of a 115k
 * export: ~260 MiB promoted, mostly the driver's decoded rows) and die soon after, with 50–60 MiB live after each
 * collection, so a long export's peak RSS was that limit, not what it holds: 10k vs 115k relationships peaked at
 * 224–296 vs 322–367 MiB (1.14–1.57×). At 1.5× the peaks were 212–225 vs 221–227 MiB (1.01–1.07×), for 9–20 %
 * more CPU per export from the extra full collections (issue 14; measured with bench/export-vs-apoc.ts's method).
 */
export const HEAP_GROWING_PERCENT = 50;

/** Sets the growth unless the command line chose one (`node --heap-growing-percent=N`). */
export function limitHeapGrowth(): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
