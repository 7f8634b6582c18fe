// The time-range slider over meeting dates (two thumbs as two range inputs) with play/pause.
import { h } from '../app/dom.ts';
import { filters, withTimeRange } from './filters-state.ts';
import { fromDay, nextWindow, type Span, toDay } from './time-window.ts';

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
  const range = (id: string, label: string) =>
    h('input', { type: 'range', id, min: span.min, max: span.max, step: 1, 'aria-label': label });
  const fromInput = range('time-from', 'Meetings from');
  const toInput = range('time-to', 'Meetings until');
  const readout = h('output', { for: 'time-from time-to', class: 'readout', id: 'time-readout' });
  const play = h('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false' }, '▶ Play');
  const reset = h('button', { type: 'button', id: 'time-reset' }, 'All dates');
  let timer: ReturnType<typeof setInterval> | undefined;

  const show = (): void => {
    const { from, to } = filters.get();
    fromInput.value = String(from ? toDay(from) : span.min);
    toInput.value = String(to ? toDay(to) : span.max);
    readout.textContent = `${fromDay(Number(fromInput.value))} – ${fromDay(Number(toInput.value))}`;
  };
  const commit = (a: number, b: number): void => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    // The full span is no filter at all: dateless meetings stay visible and the URL stays short.
    const open = low <= span.min && high >= span.max;
    filters.update((s) =>
      open ? withTimeRange(s, null, null) : withTimeRange(s, fromDay(low), fromDay(high)),
    );
  };
  const onInput = (): void => commit(Number(fromInput.value), Number(toInput.value));
  fromInput.addEventListener('input', onInput);
  toInput.addEventListener('input', onInput);

  const stop = (): void => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', () => {
    if (timer) return stop();
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    const length = span.max - span.min;
    if (to - from >= length) to = from + Math.max(1, Math.round(length / 5));
    const step = Math.max(1, Math.round(length / 40));
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    commit(from, to);
    timer = setInterval(() => {
      [from, to] = nextWindow(span, from, to, step);
      commit(from, to);
    }, 700);
  });
  reset.addEventListener('click', () => {
    stop();
    commit(span.min, span.max);
  });
  filters.subscribe(show);
  show();
  section.append(
    h('div', { class: 'range-pair' }, fromInput, toInput),
    readout,
    h('div', { class: 'buttons' }, play, reset),
  );
  return section;
}
