// Bounds the share of the main thread that layout updates take, not their count: each update's cost (writing
// the positions, then sigma's render of them) is measured, and the next one waits several times that long.

export interface PaceOptions {
  /** The pause after an update, as a multiple of what it cost: 14 keeps updates to a fifteenth of the main thread. */
  pauseRatio: number;
  /** Updates never come closer than this, however cheap they were. */
  minIntervalMs: number;
}

export interface ApplyPacer {
  /** How long to wait, from `now`, before the next update may be applied (0: at once). */
  waitMs(now: number): number;
  /** An update that began at `start` cost `costMs` of main-thread time. */
  record(start: number, costMs: number): void;
  /** The last update's cost, for tests and the bench. */
  lastCostMs(): number;
}

/** No pacing at all (small graphs: every worker answer is applied as it comes). */
export const UNPACED: PaceOptions = { pauseRatio: 0, minIntervalMs: 0 };

export function createApplyPacer(options: PaceOptions): ApplyPacer {
  let start = Number.NEGATIVE_INFINITY;
  let cost = 0;
  return {
    waitMs(now) {
      const next = Math.max(start + options.minIntervalMs, start + cost * (1 + options.pauseRatio));
      return Math.max(0, next - now);
    },
    record(at, costMs) {
      start = at;
      cost = costMs;
    },
    lastCostMs: () => cost,
  };
}
