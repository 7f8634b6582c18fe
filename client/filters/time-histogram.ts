// A row of bars under the time slider: how many dated facts overlap each slice of the slider's range.
import { h } from '../ui/dom.ts';
import { type DayRange, histogram } from './time-fit.ts';
import { fromDay, type Span } from './time-window.ts';

const MAX_BARS = 60;

/** Redraws the bars in `into` for the span; a fact spanning several slices counts in each. */
export function drawHistogram(into: HTMLElement, ranges: readonly DayRange[], span: Span): void {
  const counts = histogram(ranges, span, MAX_BARS);
  const highest = Math.max(1, ...counts);
  const width = (span.max - span.min + 1) / counts.length;
  const bars = counts.map((count, bin) => {
    const start = fromDay(span.min + Math.floor(bin * width));
    return h('div', {
      class: count > 0 ? 'bar' : 'bar empty',
      style: `height: ${Math.round((count / highest) * 100)}%`,
      title: `${start}: ${count} fact${count === 1 ? '' : 's'}`,
    });
  });
  into.replaceChildren(...bars);
  into.setAttribute(
    'aria-label',
    `Dated facts from ${fromDay(span.min)} to ${fromDay(span.max)}, at most ${highest} per bar`,
  );
}
