// Checkboxes for relationship types and meeting statuses, bound to the filters state.
import type { Stats } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { type FiltersState, filters, MEETING_STATUSES, toggleStatus, toggleType } from './filters-state.ts';

function checkList(
  name: string,
  values: string[],
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
      filters.subscribe((s) => {
        box.checked = isShown(s, value);
      });
      return h('li', {}, box, h('label', { for: id }, value));
    }),
  );
}

export function filtersView(stats: Stats): HTMLElement {
  const types = Object.keys(stats.relationshipTypes).sort();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'filters-title' },
    h('h2', { id: 'filters-title' }, 'Filters'),
    h(
      'details',
      {},
      h('summary', {}, 'Relationship types'),
      checkList('type', types, (s, v) => !s.hiddenTypes.has(v), toggleType),
    ),
    h(
      'details',
      { open: true },
      h('summary', {}, 'Meeting status'),
      checkList('status', [...MEETING_STATUSES], (s, v) => !s.hiddenStatuses.has(v), toggleStatus),
    ),
  );
}
