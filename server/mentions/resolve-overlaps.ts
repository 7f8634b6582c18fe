// Where detections overlap, one wins: a known entity first, then the longest span, then the earliest; so
// "Trump administration" is the organization, not Trump, and "$500bn" is money, not a bare number.
export interface Span {
  start: number;
  end: number;
}

/** Lower ranks win; `rank` says how much a kind of detection is trusted. */
export function resolveOverlaps<T extends Span>(spans: readonly T[], rank: (span: T) => number): T[] {
  const ordered = [...spans].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const span of ordered) {
    if (span.end <= span.start) continue;
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
