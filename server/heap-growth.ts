// The serving process's V8 heap: how large its young generation is (a flag given when node starts) and how far
// the old generation grows between full collections (set once by the entry points that serve).
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

/**
 * Node flags the serving process starts with: `npm start` (package.json), the Docker image (Dockerfile) and
 * the bench's API children all give these. A request's decoded records and the answer built from them are
 * garbage soon after it, but with V8's default young generation (two 16 MiB semi-spaces) a scavenge came every
 * request or two and copied the live records of the requests in flight, promoting many to the old generation.
 * With 64 MiB semi-spaces (at 1M, each A/B interleaved in one run): a 140k-relationship GraphML export took
 * 3.3 s of API CPU instead of 3.9 s (32 MiB: 3.7 s); reads after a write, 1 client, neighbours 1.12x and 1.01x
 * the bare driver instead of 1.19x and 1.10x. It costs memory: peak RSS exporting 15k relationships 328 MiB
 * instead of 236, 140k relationships 354 instead of 300 MiB.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
