// The progress line: percentage, rows, rate and ETA, worded without a clock.
import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine } from '../../loader/progress.ts';

describe('progressLine', () => {
  it('shows percent, rows, rate and the time left at that rate', () => {
    const line = progressLine(
      { phase: 'load', file: 'ATTENDED.rels.csv', done: 25_000, total: 100_000, batches: 5 },
      10,
    );
    expect(line).toBe('load 25.0% 25,000/100,000 rows | 2,500 rows/s | ETA 0:30 | ATTENDED.rels.csv');
  });

  it('has no ETA before any row is done, and hours when the load is long', () => {
    expect(progressLine({ phase: 'load', file: 'f', done: 0, total: 10, batches: 0 }, 0)).toContain(
      'ETA --:--',
    );
    expect(formatDuration(3_725)).toBe('1:02:05');
  });
});
