// The time-range slider over meeting dates (two thumbs as two range inputs) with play/pause.
import { h } from '../ui/dom.ts';
import { filters, withTimeRange } from './filters-state.ts';
import { fromDay, nextWindow, type Span, toDay } from './time-window.ts';

interface Thumbs {
  from: HTMLInputElement;
  to: HTMLInputElement;
}

/** Sets the window from two day numbers in either order; the full span is no filter at all. */
function commitRange(span: Span, a: number, b: number): void {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  // Without a filter, dateless meetings stay visible and the URL stays short.
  const open = low <= span.min && high >= span.max;
  filters.update((s) =>
    open ? withTimeRange(s, null, null) : withTimeRange(s, fromDay(low), fromDay(high)),
  );
}

function thumbs(span: Span): Thumbs {
  const range = (id: string, label: string) =>
    h('input', { type: 'range', id, min: span.min, max: span.max, step: 1, 'aria-label': label });
  const both = { from: range('time-from', 'Meetings from'), to: range('time-to', 'Meetings until') };
  const onInput = (): void => commitRange(span, Number(both.from.value), Number(both.to.value));
  both.from.addEventListener('input', onInput);
  both.to.addEventListener('input', onInput);
  return both;
}

/** Play moves a window (a fifth of the span when the whole span is chosen) forward, step by step. */
function playButton(span: Span, range: Thumbs): { button: HTMLButtonElement; stop(): void } {
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
    let from = Number(range.from.value);
    let to = Number(range.to.value);
    const length = span.max - span.min;
    if (to - from >= length) to = from + Math.max(1, Math.round(length / 5));
    const step = Math.max(1, Math.round(length / 40));
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

export function timeSliderView(span: Span | null): HTMLElement {
  const section = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'time-title' },
    h('h2', { id: 'time-title' }, 'Time'),
  );
  if (!span) {
    section.append(h('p', { class: 'muted' }, 'No dated meetings.'));
    return section;
  }
  const range = thumbs(span);
  const readout = h('output', { for: 'time-from time-to', class: 'readout', id: 'time-readout' });
  const play = playButton(span, range);
  const reset = h('button', { type: 'button', id: 'time-reset' }, 'All dates');
  reset.addEventListener('click', () => {
    play.stop();
    commitRange(span, span.min, span.max);
  });
  const show = (): void => {
    const { from, to } = filters.get();
    range.from.value = String(from ? toDay(from) : span.min);
    range.to.value = String(to ? toDay(to) : span.max);
    readout.textContent = `${fromDay(Number(range.from.value))} – ${fromDay(Number(range.to.value))}`;
  };
  filters.subscribe(show);
  show();
  section.append(
    h('div', { class: 'range-pair' }, range.from, range.to),
    readout,
    h('div', { class: 'buttons' }, play.button, reset),
  );
  return section;
}
