// The legend: one colour per label in the view with its count there (each entry is also the label's show/hide
// switch), and in who met whom what each line means.
import { filters, toggleLabel } from '../filters/filters-state.ts';
import { visibleCounts } from '../filters/visible-counts.ts';
import { colourFor } from '../graph/palette.ts';
import { MET_STYLES } from '../meetings/met-style.ts';
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import { type SizeMetric, setSizeBy, view } from '../view/view-state.ts';

const METRICS: { value: SizeMetric; text: string }[] = [
  { value: 'degree', text: 'Degree' },
  { value: 'betweenness', text: 'Betweenness' },
  { value: 'pagerank', text: 'PageRank' },
];

function labelItem(label: string, count: number): HTMLElement {
  const box = h('input', { type: 'checkbox', id: `legend-${label}`, 'data-label': label });
  box.checked = !filters.get().hiddenLabels.has(label);
  box.addEventListener('change', () => filters.update((s) => toggleLabel(s, label)));
  const unsubscribe = filters.subscribe((s) => {
    if (!box.isConnected) return unsubscribe();
    box.checked = !s.hiddenLabels.has(label);
  });
  return h(
    'li',
    {},
    box,
    h(
      'label',
      { for: `legend-${label}` },
      h('span', { class: 'swatch', style: `background:${colourFor(label)}` }),
      label,
      h('span', { class: 'count' }, String(count)),
    ),
  );
}

/** What each line of who met whom looks like and means; the statuses filter hides them. */
function lineKey(): HTMLElement {
  return h(
    'ul',
    { class: 'line-key', id: 'met-legend', 'aria-label': 'Lines by meeting status' },
    Object.values(MET_STYLES).map((style) =>
      h(
        'li',
        { 'data-status': style.status },
        h('span', { class: 'line-swatch', style: `background:${style.color}` }),
        h('span', {}, h('strong', {}, style.status), ` — ${style.looks}: ${style.means}`),
      ),
    ),
  );
}

function sizePicker(): HTMLElement {
  const size = h(
    'select',
    { id: 'size-by' },
    METRICS.map((m) => h('option', { value: m.value, selected: view.get().sizeBy === m.value }, m.text)),
  );
  size.addEventListener('change', () => setSizeBy(size.value as SizeMetric));
  view.subscribe((s) => {
    size.value = s.sizeBy;
  });
  return h('p', { class: 'field' }, h('label', { for: 'size-by' }, 'Size by '), size);
}

export function legendView(stage: Stage): HTMLElement {
  const list = h('ul', { class: 'legend' });
  const key = lineKey();
  // Only the labels of the graph on screen, with their counts there: a legend of absent types misleads. The
  // list is rebuilt only when the graph changes, so a switch keeps the keyboard focus when it is toggled.
  let shown = '';
  const render = (): void => {
    const { byLabel } = visibleCounts(stage.graph(stage.onScreen()), filters.get());
    const labels = [...byLabel].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const signature = JSON.stringify(labels);
    if (signature !== shown) {
      shown = signature;
      list.replaceChildren(...labels.map(([label, count]) => labelItem(label, count)));
    }
    key.hidden = stage.onScreen() !== 'meetings';
  };
  stage.changes.subscribe(render);
  render();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, 'Legend'),
    list,
    key,
    sizePicker(),
  );
}
