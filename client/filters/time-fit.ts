// Pure timeline fitting: each dated fact as an inclusive day range, the window overlap test, the slider's range
// fitted to the densest cluster of facts (outliers counted apart), and a histogram of facts over that range.
import { type Span, toDay } from './time-window.ts';

/** A fact's inclusive range in day numbers: a month-dated fact runs from the 1st to the last day. */
export interface DayRange {
  from: number;
  to: number;
}

const dayText = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

/** A fact's `[dateFrom, dateTo]` as 'YYYY-MM-DD' strings; `date` stands in for a missing end. Null if undated. */
export function factDates(properties: Record<string, unknown>): { from: string; to: string } | null {
  const from = dayText(properties.dateFrom) ?? dayText(properties.date);
  const to = dayText(properties.dateTo) ?? from;
  if (from === null || to === null) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

export function factRange(properties: Record<string, unknown>): DayRange | null {
  const dates = factDates(properties);
  return dates ? { from: toDay(dates.from), to: toDay(dates.to) } : null;
}

/** Whether a fact's range overlaps the inclusive window; a null bound leaves that side open. */
export function overlapsWindow(
  fact: { from: string; to: string },
  from: string | null,
  to: string | null,
): boolean {
  return (to === null || fact.from <= to) && (from === null || fact.to >= from);
}

export interface FittedSpan {
  /** The slider's range: the cluster that holds the most facts. */
  span: Span;
  /** From the first fact's start to the last fact's end. */
  full: Span;
  /** Facts that end before the fitted range and that start after it. */
  earlier: number;
  later: number;
}

/**
 * Facts sorted by start fall into clusters wherever no fact covers a gap of more than `gapDays`; the slider
 * spans the cluster with the most facts (the later one on a tie, as the news is about the present), so one
 * 2008 summit does not stretch a February 2025 corpus over seventeen years.
 */
export function fitSpan(ranges: readonly DayRange[], gapDays = 90): FittedSpan | null {
  if (ranges.length === 0) return null;
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const clusters: { span: Span; count: number }[] = [];
  for (const range of sorted) {
    const last = clusters.at(-1);
    if (last && range.from - last.span.max <= gapDays) {
      last.span.max = Math.max(last.span.max, range.to);
      last.count += 1;
    } else clusters.push({ span: { min: range.from, max: range.to }, count: 1 });
  }
  const best = clusters.reduce((a, b) => (b.count >= a.count ? b : a));
  const full = { min: sorted[0]?.from ?? best.span.min, max: Math.max(...sorted.map((r) => r.to)) };
  return {
    span: best.span,
    full,
    earlier: ranges.filter((r) => r.to < best.span.min).length,
    later: ranges.filter((r) => r.from > best.span.max).length,
  };
}

/** How many facts overlap each of `bins` equal slices of the span (a fact spanning slices counts in each). */
export function histogram(ranges: readonly DayRange[], span: Span, bins: number): number[] {
  const days = span.max - span.min + 1;
  const count = Math.max(1, Math.min(bins, days));
  const width = days / count;
  const counts = new Array<number>(count).fill(0);
  for (const range of ranges) {
    if (range.to < span.min || range.from > span.max) continue;
    const first = Math.floor((Math.max(range.from, span.min) - span.min) / width);
    const last = Math.floor((Math.min(range.to, span.max) - span.min) / width);
    for (let bin = first; bin <= Math.min(last, count - 1); bin += 1) counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}
