// Checkboxes for relationship types and meeting statuses, and the least number of sources, bound to the filters state.
import type { Stats } from '../api/types.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import {
  type FiltersState,
  filters,
  MEETING_STATUSES,
  MIN_SOURCES_CHOICES,
  toggleStatus,
  toggleType,
  withMinSources,
} from './filters-state.ts';

function checkList(
  name: string,
  values: string[],
  counts: Record<string, number>,
  isShown: (s: FiltersState, value: string) => boolean,
  toggle: (s: FiltersState, value: string) => FiltersState,
): HTMLElement {
  return h(
    'ul',
    { class: 'checks' },
    values.map((value) => {
      const id = `${name}-${value}`;
      const box = h('input', { type: 'checkbox', id, [`data-${name}`]: value });
      box.checked = isShown(filters.get(), value);
      box.addEventListener('change', () => filters.update((s) => toggle(s, value)));
      // A list rebuilt when its counts change drops its old boxes: their subscriptions go with them.
      const unsubscribe = filters.subscribe((s) => {
        if (!box.isConnected) return unsubscribe();
        box.checked = isShown(s, value);
      });
      const count = counts[value];
      return h(
        'li',
        { class: count === 0 ? 'none' : null },
        box,
        h(
          'label',
          { for: id },
          value,
          count === undefined ? null : h('span', { class: 'count' }, String(count)),
        ),
      );
    }),
  );
}

/** Show every type, or none: 24 boxes are too many to tick one by one. */
function allOrNone(types: string[]): HTMLElement {
  const set = (hidden: ReadonlySet<string>) => () => filters.update((s) => ({ ...s, hiddenTypes: hidden }));
  return h(
    'div',
    { class: 'buttons' },
    h('button', { type: 'button', id: 'types-all', onclick: set(new Set()) }, 'All'),
    h('button', { type: 'button', id: 'types-none', onclick: set(new Set(types)) }, 'None'),
  );
}

const SOURCES_WORDING: Record<number, string> = {
  1: '1 source (all)',
  2: '2 sources',
  3: '3 or more sources',
};

/** "Reported by at least N sources": radio buttons, since exactly one threshold holds at a time. */
function minSourcesChoice(): HTMLElement {
  const radios = MIN_SOURCES_CHOICES.map((n) => {
    const radio = h('input', { type: 'radio', name: 'min-sources', id: `min-sources-${n}`, value: n });
    radio.addEventListener('change', () => {
      if (radio.checked) filters.update((s) => withMinSources(s, n));
    });
    return radio;
  });
  // A link may carry a higher threshold than the choices: "3 or more" then stands for it.
  const show = (s: FiltersState): void => {
    const chosen = Math.min(s.minSources, MIN_SOURCES_CHOICES.length);
    for (const [i, radio] of radios.entries()) radio.checked = MIN_SOURCES_CHOICES[i] === chosen;
  };
  filters.subscribe(show);
  show(filters.get());
  // A radio group around the usual list, so it looks like the status boxes and is named by the summary.
  return h(
    'div',
    { role: 'radiogroup', 'aria-labelledby': 'min-sources-title', id: 'min-sources' },
    h(
      'ul',
      { class: 'checks' },
      radios.map((radio, i) =>
        h('li', {}, radio, h('label', { for: radio.id }, SOURCES_WORDING[MIN_SOURCES_CHOICES[i] ?? 1] ?? '')),
      ),
    ),
  );
}

/** Meetings in the loaded graph by status: a status no meeting has reads 0 rather than promising some. */
export function meetingsByStatus(graph: DataGraph): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(MEETING_STATUSES.map((status) => [status, 0]));
  graph.forEachNode((_node, attributes) => {
    const status = attributes.properties.status;
    if (attributes.nodeLabel === 'Meeting' && typeof status === 'string' && status in counts)
      counts[status] = (counts[status] ?? 0) + 1;
  });
  return counts;
}

/** The status boxes with the loaded meetings' counts, rebuilt only when those counts change (focus stays). */
function statusChecks(stage: Stage): HTMLElement {
  const holder = h('div', {});
  let shown = '';
  const render = (): void => {
    const counts = meetingsByStatus(stage.graph('network'));
    const signature = JSON.stringify(counts);
    if (signature === shown) return;
    shown = signature;
    holder.replaceChildren(
      checkList('status', [...MEETING_STATUSES], counts, (s, v) => !s.hiddenStatuses.has(v), toggleStatus),
    );
  };
  stage.changes.subscribe(render);
  render();
  return holder;
}

export function filtersView(stats: Stats, stage: Stage): HTMLElement {
  const types = Object.keys(stats.relationshipTypes).sort();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'filters-title' },
    h('h2', { id: 'filters-title' }, 'Filters'),
    h(
      'details',
      {},
      h('summary', {}, 'Relationship types'),
      allOrNone(types),
      checkList('type', types, stats.relationshipTypes, (s, v) => !s.hiddenTypes.has(v), toggleType),
    ),
    h('details', { open: true }, h('summary', {}, 'Meeting status'), statusChecks(stage)),
    h(
      'details',
      { open: true },
      h('summary', { id: 'min-sources-title' }, 'Facts reported by at least'),
      minSourcesChoice(),
    ),
  );
}
