// Pure date arithmetic for the time slider: day offsets over the span of fact dates, and play steps.

const DAY = 86_400_000;

export const toDay = (date: string): number => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
export const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export interface Span {
  min: number;
  max: number;
}

/** The first and last day among the given dates, or null without any. */
export function spanOf(dates: Iterable<string>): Span | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const date of dates) {
    const day = toDay(date);
    if (Number.isNaN(day)) continue;
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  return Number.isFinite(min) ? { min, max } : null;
}

/** Play moves a window of fixed width forward one step at a time, and starts over after the end. */
export function nextWindow(span: Span, from: number, to: number, step = 1): [number, number] {
  const width = Math.max(0, to - from);
  if (to >= span.max) return [span.min, Math.min(span.max, span.min + width)];
  const nextTo = Math.min(span.max, to + step);
  return [nextTo - width, nextTo];
}

/** Play moves by a day, or by a week when the range is longer than half a year (too many frames otherwise). */
export const playStep = (span: Span): number => (span.max - span.min > 183 ? 7 : 1);
