// The legend: one colour per label with its count; each entry is also the label's show/hide switch.
import type { Stats } from '../api/types.ts';
import { filters, toggleLabel } from '../filters/filters-state.ts';
import { colourFor } from '../graph/palette.ts';
import { h } from '../ui/dom.ts';
import { type SizeMetric, setSizeBy, view } from '../view/view-state.ts';

const METRICS: { value: SizeMetric; text: string }[] = [
  { value: 'degree', text: 'Degree' },
  { value: 'betweenness', text: 'Betweenness' },
  { value: 'pagerank', text: 'PageRank' },
];

export function legendView(stats: Stats): HTMLElement {
  const labels = Object.entries(stats.labels).sort(([, a], [, b]) => b - a);
  const items = labels.map(([label, count]) => {
    const box = h('input', { type: 'checkbox', id: `legend-${label}`, 'data-label': label });
    box.checked = !filters.get().hiddenLabels.has(label);
    box.addEventListener('change', () => filters.update((s) => toggleLabel(s, label)));
    filters.subscribe((s) => {
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
  });
  const size = h(
    'select',
    { id: 'size-by' },
    METRICS.map((m) => h('option', { value: m.value, selected: view.get().sizeBy === m.value }, m.text)),
  );
  size.addEventListener('change', () => setSizeBy(size.value as SizeMetric));
  view.subscribe((s) => {
    size.value = s.sizeBy;
  });
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, 'Legend'),
    h('ul', { class: 'legend' }, items),
    h('p', { class: 'field' }, h('label', { for: 'size-by' }, 'Size by '), size),
  );
}
