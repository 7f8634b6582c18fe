// The time window over fact dates: a slider fitted to where the facts are (outliers behind earlier/later
// toggles), typed dates, a histogram, and play by day or week.
import { h } from '../ui/dom.ts';
import { filters, withTimeRange } from './filters-state.ts';
import { type DayRange, type FittedSpan, fitSpan } from './time-fit.ts';
import { drawHistogram } from './time-histogram.ts';
import { fromDay, nextWindow, playStep, type Span, toDay } from './time-window.ts';

interface Thumbs {
  from: HTMLInputElement;
  to: HTMLInputElement;
}

/** Sets the window from two day numbers in either order; the slider's whole range is no filter at all. */
function commitRange(span: Span, a: number, b: number): void {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  // Without a filter, undated facts stay visible and the URL stays short.
  const open = low <= span.min && high >= span.max;
  filters.update((s) =>
    open ? withTimeRange(s, null, null) : withTimeRange(s, fromDay(low), fromDay(high)),
  );
}

function thumbs(current: () => Span): Thumbs {
  const range = (id: string, label: string) =>
    h('input', { type: 'range', id, step: 1, 'aria-label': label });
  const both = { from: range('time-from', 'Facts from'), to: range('time-to', 'Facts until') };
  const onInput = (): void => commitRange(current(), Number(both.from.value), Number(both.to.value));
  both.from.addEventListener('input', onInput);
  both.to.addEventListener('input', onInput);
  return both;
}

/** Two typed dates bound to the window; an empty one leaves that side open. */
function typedDates(): Thumbs {
  const date = (id: string) => h('input', { type: 'date', id });
  const both = { from: date('time-from-date'), to: date('time-to-date') };
  const onChange = (): void => {
    const from = both.from.value || null;
    const to = both.to.value || null;
    filters.update((s) =>
      from && to && from > to ? withTimeRange(s, to, from) : withTimeRange(s, from, to),
    );
  };
  both.from.addEventListener('change', onChange);
  both.to.addEventListener('change', onChange);
  return both;
}

/** Play moves a window (a fifth of the range when all of it is chosen) forward by a day, or a week when long. */
function playButton(current: () => Span, range: Thumbs): { button: HTMLButtonElement; stop(): void } {
  const button = h('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false' }, '▶ Play');
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    clearInterval(timer);
    timer = undefined;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (timer) return stop();
    const span = current();
    const step = playStep(span);
    let from = Number(range.from.value);
    let to = Number(range.to.value);
    const length = span.max - span.min;
    if (to - from >= length) to = from + Math.max(step, Math.round(length / 5));
    button.textContent = '❚❚ Pause';
    button.setAttribute('aria-pressed', 'true');
    commitRange(span, from, to);
    timer = setInterval(() => {
      [from, to] = nextWindow(span, from, to, step);
      commitRange(span, from, to);
    }, 700);
  });
  return { button, stop };
}

/** "earlier: N" / "later: N": pressed, the slider's range reaches out to the facts set apart. */
function outlierToggle(id: string, count: number, text: string, onToggle: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', id, 'aria-pressed': 'false', hidden: count === 0 }, text);
  button.addEventListener('click', () => {
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    onToggle();
  });
  return button;
}

function timeControls(section: HTMLElement, ranges: readonly DayRange[], fitted: FittedSpan): void {
  const reach = { earlier: false, later: false };
  const current = (): Span => ({
    min: reach.earlier ? fitted.full.min : fitted.span.min,
    max: reach.later ? fitted.full.max : fitted.span.max,
  });
  const range = thumbs(current);
  const typed = typedDates();
  const bars = h('div', { class: 'histogram', id: 'time-histogram', role: 'img' });
  const readout = h('output', { for: 'time-from time-to', class: 'readout', id: 'time-readout' });
  const play = playButton(current, range);
  const reset = h('button', { type: 'button', id: 'time-reset' }, 'All dates');
  reset.addEventListener('click', () => {
    play.stop();
    filters.update((s) => withTimeRange(s, null, null));
  });
  const show = (): void => {
    const span = current();
    const { from, to } = filters.get();
    for (const input of [range.from, range.to]) {
      input.min = String(span.min);
      input.max = String(span.max);
    }
    range.from.value = String(from ? toDay(from) : span.min);
    range.to.value = String(to ? toDay(to) : span.max);
    typed.from.value = from ?? '';
    typed.to.value = to ?? '';
    readout.textContent =
      from || to
        ? `${from ?? '…'} – ${to ?? '…'}`
        : `All dates (range shown ${fromDay(span.min)} – ${fromDay(span.max)})`;
  };
  const refit = (): void => {
    drawHistogram(bars, ranges, current());
    show();
  };
  const earlier = outlierToggle('time-earlier', fitted.earlier, `◂ earlier: ${fitted.earlier}`, () => {
    reach.earlier = !reach.earlier;
    refit();
  });
  const later = outlierToggle('time-later', fitted.later, `later: ${fitted.later} ▸`, () => {
    reach.later = !reach.later;
    refit();
  });
  filters.subscribe(show);
  refit();
  section.append(
    h('div', { class: 'outliers' }, earlier, later),
    bars,
    h('div', { class: 'range-pair' }, range.from, range.to),
    h(
      'div',
      { class: 'typed-dates' },
      h('label', {}, 'From ', typed.from),
      h('label', {}, 'Until ', typed.to),
    ),
    readout,
    h('div', { class: 'buttons' }, play.button, reset),
  );
}

export function timeSliderView(ranges: readonly DayRange[]): HTMLElement {
  const section = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'time-title' },
    h('h2', { id: 'time-title' }, 'Time'),
  );
  const fitted = fitSpan(ranges);
  if (!fitted) section.append(h('p', { class: 'muted' }, 'No dated facts.'));
  else timeControls(section, ranges, fitted);
  return section;
}
