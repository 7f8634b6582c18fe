// The path finder: pick two entities, fetch the shortest paths, merge them in and highlight them.
import { api } from '../api/api.ts';
import { displayName } from '../graph/data-graph.ts';
import type { Stage } from '../network/stage.ts';
import { createAutocomplete } from '../search/autocomplete.ts';
import { highlight } from '../selection/selection-state.ts';
import { announce, errorText, h } from '../ui/dom.ts';
import { setMode } from '../view/view-state.ts';
import { emptyPaths, pathEdges, pathNodes, pathsState } from './paths-state.ts';

export async function findPaths(stage: Stage): Promise<void> {
  const { from, to } = pathsState.get();
  if (!from || !to) return announce('Pick both ends first.', 'error');
  try {
    setMode('network');
    const result = await api.paths(from.key, to.key);
    stage.mergeNear(result.graph);
    pathsState.update((s) => ({ ...s, paths: result.paths }));
    const state = pathsState.get();
    highlight(pathNodes(state), pathEdges(state));
    const first = result.paths[0];
    if (first?.nodes[0]) stage.renderer.centreOn(first.nodes[0], 0.8);
    announce(result.paths.length ? `${result.paths.length} shortest path(s) highlighted.` : 'No path found.');
  } catch (error) {
    announce(errorText(error), 'error');
  }
}

export function pathFinderView(stage: Stage): HTMLElement {
  const network = stage.graph('network');
  const end = (which: 'from' | 'to', label: string) =>
    createAutocomplete({
      id: `path-${which}`,
      label,
      placeholder: label,
      onChoose: (result) =>
        pathsState.update((s) => ({ ...s, [which]: { key: result.key, name: result.name } })),
    });
  const from = end('from', 'Path from…');
  const to = end('to', 'Path to…');
  const list = h('ol', { class: 'paths', id: 'path-list', 'aria-live': 'polite' });
  pathsState.subscribe((s) => {
    from.input.value = s.from?.name ?? from.input.value;
    to.input.value = s.to?.name ?? to.input.value;
    const name = (key: string) =>
      network.hasNode(key) ? displayName(network.getNodeAttributes(key), key) : key;
    list.replaceChildren(...s.paths.map((path) => h('li', {}, path.nodes.map(name).join(' → '))));
  });
  const clear = (): void => {
    pathsState.set(emptyPaths);
    from.input.value = '';
    to.input.value = '';
    highlight([]);
  };
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'paths-title' },
    h('h2', { id: 'paths-title' }, 'Shortest paths'),
    from.element,
    to.element,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', id: 'path-find', class: 'primary', onclick: () => void findPaths(stage) },
        'Find',
      ),
      h('button', { type: 'button', onclick: clear }, 'Clear'),
    ),
    list,
  );
}
