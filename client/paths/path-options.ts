// The path finder's options in a drawer, so Find stays near the top: how many paths, the hop limit, whether
// statements and claims may be passed through, and which relationship types to walk.
import { h } from '../ui/dom.ts';
import {
  defaultTypes,
  MAX_HOPS,
  MAX_K,
  optionsSummary,
  type PathOptions,
  pathsState,
  withOptions,
} from './paths-state.ts';

const setOptions = (change: Partial<PathOptions>): void => pathsState.update((s) => withOptions(s, change));

function numberField(id: string, label: string, max: number, key: 'k' | 'maxLength'): HTMLElement {
  const input = h('input', { type: 'number', id, min: 1, max, step: 1, inputmode: 'numeric' });
  input.value = String(pathsState.get().options[key]);
  input.addEventListener('change', () => setOptions({ [key]: Number(input.value) }));
  pathsState.subscribe((s) => {
    if (document.activeElement !== input) input.value = String(s.options[key]);
  });
  return h('label', { class: 'path-option', for: id }, label, input);
}

/** Types ticked by the reader; the provenance links start unticked, as the server leaves them out. */
function typeChecks(allTypes: readonly string[]): HTMLElement {
  const ticked = (type: string): boolean =>
    (pathsState.get().options.types ?? defaultTypes(allTypes)).includes(type);
  const boxes = allTypes.map((type) => {
    const box = h('input', { type: 'checkbox', id: `path-type-${type}`, 'data-path-type': type });
    box.checked = ticked(type);
    box.addEventListener('change', () => {
      const types = allTypes.filter((t) => (t === type ? box.checked : ticked(t)));
      setOptions({ types });
    });
    pathsState.subscribe(() => {
      box.checked = ticked(type);
    });
    return h('li', {}, box, h('label', { for: `path-type-${type}` }, type));
  });
  return h(
    'details',
    { class: 'path-types' },
    h('summary', {}, 'Relationship types'),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'button', onclick: () => setOptions({ types: [...allTypes] }) }, 'All'),
      h('button', { type: 'button', onclick: () => setOptions({ types: null }) }, 'Default'),
    ),
    h('ul', { class: 'checks' }, boxes),
  );
}

export function pathOptionsView(allTypes: readonly string[]): HTMLElement {
  const summary = h('summary', { id: 'path-options-summary' }, optionsSummary(pathsState.get().options));
  pathsState.subscribe((s) => {
    summary.textContent = optionsSummary(s.options);
  });
  const avoid = h('input', { type: 'checkbox', id: 'path-avoid' });
  avoid.checked = pathsState.get().options.avoidSentences;
  avoid.addEventListener('change', () => setOptions({ avoidSentences: avoid.checked }));
  pathsState.subscribe((s) => {
    avoid.checked = s.options.avoidSentences;
  });
  return h(
    'details',
    { class: 'path-options' },
    summary,
    numberField('path-k', 'Paths', MAX_K, 'k'),
    numberField('path-hops', 'Max hops', MAX_HOPS, 'maxLength'),
    h('label', { class: 'path-option', for: 'path-avoid' }, avoid, 'Avoid statements and claims'),
    allTypes.length ? typeChecks(allTypes) : null,
  );
}
