// The console's small controls: example and history pickers, where results go, parameters.
import { h } from '../ui/dom.ts';
import { cypherState } from './cypher-state.ts';
import { EXAMPLES } from './examples.ts';
import { loadHistory } from './history.ts';

export type SetQuery = (query: string, params: string) => void;

export function examplesPicker(setQuery: SetQuery): HTMLSelectElement {
  const examples = h(
    'select',
    { id: 'cypher-examples', 'aria-label': 'Example queries' },
    h('option', { value: '' }, 'Examples…'),
    EXAMPLES.map((e, i) => h('option', { value: String(i) }, e.title)),
  );
  examples.addEventListener('change', () => {
    const example = EXAMPLES[Number(examples.value)];
    if (example) setQuery(example.query, example.params);
    examples.value = '';
  });
  return examples;
}

/** Filled afresh whenever it takes focus, so it lists the queries run since. */
export function historyPicker(setQuery: SetQuery): HTMLSelectElement {
  const picker = h('select', { id: 'cypher-history', 'aria-label': 'Query history' });
  const fill = (): void => {
    const entries = loadHistory();
    picker.replaceChildren(
      h('option', { value: '' }, `History (${entries.length})…`),
      ...entries.map((e, i) => h('option', { value: String(i) }, e.query.replace(/\s+/g, ' ').slice(0, 70))),
    );
  };
  picker.addEventListener('focus', fill);
  // A run adds to the history as it starts: the count in the picker follows at once.
  cypherState.subscribe((state, previous) => {
    if (state.running && !previous.running) fill();
  });
  picker.addEventListener('change', () => {
    const entry = loadHistory()[Number(picker.value)];
    if (entry) setQuery(entry.query, entry.params);
  });
  fill();
  return picker;
}

export function targetPicker(): HTMLSelectElement {
  const target = h(
    'select',
    { id: 'cypher-target', 'aria-label': 'Put graph results' },
    h('option', { value: 'merge' }, 'Merge into view'),
    h('option', { value: 'replace' }, 'Replace view'),
  );
  target.addEventListener('change', () =>
    cypherState.update((s) => ({ ...s, target: target.value as 'merge' | 'replace' })),
  );
  return target;
}

export function paramsField(): HTMLTextAreaElement {
  const params = h('textarea', { id: 'cypher-params', rows: 2, spellcheck: 'false' });
  params.value = cypherState.get().params;
  params.addEventListener('input', () => cypherState.update((s) => ({ ...s, params: params.value })));
  return params;
}
