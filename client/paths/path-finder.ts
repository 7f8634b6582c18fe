// The path finder: two entities by name, options (how many paths, hop limit, types, no statements or claims),
// up to k shortest paths merged into the view, highlighted, and listed with relationship types and directions.
import { api } from '../api/api.ts';
import type { Stats } from '../api/types.ts';
import { filters, nodePasses } from '../filters/filters-state.ts';
import { displayName } from '../graph/data-graph.ts';
import type { Stage } from '../network/stage.ts';
import { createAutocomplete } from '../search/autocomplete.ts';
import { highlight } from '../selection/selection-state.ts';
import { announce, errorText, h } from '../ui/dom.ts';
import { setMode } from '../view/view-state.ts';
import { pathOptionsView } from './path-options.ts';
import {
  describePath,
  emptyPaths,
  type FoundPath,
  type PathEnd,
  pathEdges,
  pathNodes,
  pathRequest,
  pathsState,
} from './paths-state.ts';

/** A node's name in the view; the key only when the view does not hold it. */
function nameIn(stage: Stage): (key: string) => string {
  const network = stage.graph('network');
  return (key) => (network.hasNode(key) ? displayName(network.getNodeAttributes(key), key) : key);
}

/**
 * An end restored from a link holds its key as its name: named from the view, or asked of the API when the
 * view does not hold it (no path found to bring it in).
 */
async function named(end: PathEnd | null, name: (key: string) => string): Promise<PathEnd | null> {
  if (!end || end.name !== end.key) return end;
  const inView = name(end.key);
  if (inView !== end.key) return { key: end.key, name: inView };
  const found = await api.node(end.key).catch(() => null);
  return { key: end.key, name: found ? displayName(found.node.attributes, end.key) : end.key };
}

/** The server stopped looking for more than the shortest paths in time (contract/paths.ts `complete`). */
const INCOMPLETE =
  'The search for more paths ran out of time: only the shortest are shown; longer ones may exist.';

export async function findPaths(stage: Stage, allTypes: readonly string[] = []): Promise<void> {
  const request = pathRequest(pathsState.get(), allTypes);
  if (!request) return announce('Pick both ends first.', 'error');
  try {
    setMode('network');
    const result = await api.paths(request);
    stage.mergeNear(result.graph);
    const name = nameIn(stage);
    const current = pathsState.get();
    const [from, to] = await Promise.all([named(current.from, name), named(current.to, name)]);
    pathsState.update((s) => ({ ...s, from, to, paths: result.paths, complete: result.complete }));
    const state = pathsState.get();
    highlight(pathNodes(state), pathEdges(state));
    const first = result.paths[0];
    if (first?.nodes[0]) stage.renderer.centreOn(first.nodes[0], 0.8);
    const count = result.paths.length;
    // A path may pass a node the filters hide (a statement, once allowed): say so rather than draw a gap.
    const network = stage.graph('network');
    const hidden = [...pathNodes(state)].filter(
      (key) => network.hasNode(key) && !nodePasses(filters.get(), network.getNodeAttributes(key)),
    ).length;
    const note = hidden
      ? ` ${hidden} of their nodes ${hidden === 1 ? 'is' : 'are'} hidden by the filters.`
      : '';
    const cut = result.complete ? '' : ` ${INCOMPLETE}`;
    announce(
      count ? `${count} shortest path${count === 1 ? '' : 's'} highlighted.${note}${cut}` : 'No path found.',
    );
  } catch (error) {
    announce(errorText(error), 'error');
  }
}

/** One path: its hops in words, and a button that highlights it alone. */
function pathItem(stage: Stage, path: FoundPath, index: number): HTMLElement {
  const hops = path.edges.length;
  const only = (): void => {
    highlight(path.nodes, path.edges);
    if (path.nodes[0]) stage.renderer.centreOn(path.nodes[0], 0.8);
  };
  return h(
    'li',
    { 'data-path': index, 'data-hops': hops },
    h('span', { class: 'path-text' }, describePath(path, nameIn(stage))),
    h('span', { class: 'muted' }, ` (${hops} ${hops === 1 ? 'hop' : 'hops'}) `),
    h(
      'button',
      { type: 'button', class: 'link', 'aria-label': `Highlight path ${index + 1} alone`, onclick: only },
      'highlight',
    ),
  );
}

export function pathFinderView(stage: Stage, stats?: Stats): HTMLElement {
  const allTypes = Object.keys(stats?.relationshipTypes ?? {}).sort();
  const end = (which: 'from' | 'to', label: string) =>
    createAutocomplete({
      id: `path-${which}`,
      label,
      placeholder: label,
      onChoose: (result) =>
        pathsState.update((s) => ({
          ...s,
          [which]: { key: result.key, name: result.name },
          paths: [],
          complete: true,
        })),
    });
  const from = end('from', 'Path from…');
  const to = end('to', 'Path to…');
  const list = h('ol', { class: 'paths', id: 'path-list', 'aria-live': 'polite' });
  // Stays beside the paths while they are shown, unlike the status line.
  const incomplete = h('p', { class: 'muted', id: 'paths-incomplete', hidden: true }, INCOMPLETE);
  pathsState.subscribe((s) => {
    from.input.value = s.from?.name ?? from.input.value;
    to.input.value = s.to?.name ?? to.input.value;
    list.replaceChildren(...s.paths.map((path, i) => pathItem(stage, path, i)));
    incomplete.hidden = s.complete || s.paths.length === 0;
  });
  const clear = (): void => {
    pathsState.update((s) => ({ ...emptyPaths, options: s.options }));
    from.input.value = '';
    to.input.value = '';
    highlight([]);
  };
  return h(
    'section',
    { class: 'panel', id: 'paths-panel', 'aria-labelledby': 'paths-title' },
    h('h2', { id: 'paths-title' }, 'Shortest paths'),
    from.element,
    to.element,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', id: 'path-find', class: 'primary', onclick: () => void findPaths(stage, allTypes) },
        'Find',
      ),
      h('button', { type: 'button', onclick: clear }, 'Clear'),
    ),
    pathOptionsView(allTypes),
    list,
    incomplete,
  );
}
