// "Nodes in view": the canvas for the keyboard. Every node the filters let through in the graph on screen
// is an option (filter box, arrows, type-ahead); Enter selects and centres it as a click would, and the
// selected node's drawn relationships follow as a second list, where Enter selects the relationship (in who
// met whom, the pair's meetings open in the details).
import { filters } from '../filters/filters-state.ts';
import { displayName } from '../graph/data-graph.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { selectEdge, selection } from '../selection/selection-state.ts';
import { h } from '../ui/dom.ts';
import { rovingList } from './roving-list.ts';
import { matching, nodeItems, relationItems } from './view-items.ts';

export function nodesInView(stage: Stage): HTMLElement {
  const heading = h('h2', { id: 'nodes-in-view-heading' }, 'Nodes in view');
  const filter = h('input', {
    type: 'search',
    id: 'nodes-in-view-filter',
    placeholder: 'Filter, then ↓',
    'aria-label': 'Filter the nodes in view',
    'aria-controls': 'nodes-in-view',
    autocomplete: 'off',
  });
  const nodes = rovingList('nodes-in-view', 'Nodes in view', (key) => void showNode(stage, key), 'None.');
  const relationsHeading = h('h3', { id: 'relations-in-view-heading' }, 'Relations');
  const relations = rovingList(
    'relations-in-view',
    'Relations of the selected node',
    (key) => selectEdge(key),
    'Select a node to list its relations.',
  );

  /** The node whose relations list the selected relationship was chosen from. */
  let ownerOfEdge: string | null = null;
  const render = (): void => {
    const graph = stage.graph(stage.onScreen());
    const state = filters.get();
    const selected = selection.get().selected;
    const all = nodeItems(graph, state);
    const shown = matching(all, filter.value);
    heading.textContent = `Nodes in view (${all.length})`;
    nodes.setItems(shown, selected?.kind === 'node' ? selected.key : null);
    // A selected relationship keeps the list of the node it was reached from.
    const owner =
      selected?.kind === 'node'
        ? selected.key
        : selected?.kind === 'edge' && graph.hasEdge(selected.key)
          ? (ownerOfEdge ?? graph.source(selected.key))
          : null;
    const related = owner ? relationItems(graph, state, owner) : [];
    relationsHeading.textContent = owner
      ? `Relations of ${displayName(graph.getNodeAttributes(owner), owner)} (${related.length})`
      : 'Relations';
    relations.setItems(related, selected?.kind === 'edge' ? selected.key : null);
  };
  selection.subscribe((state, previous) => {
    if (state.selected === previous.selected) return;
    if (previous.selected?.kind === 'node' && state.selected?.kind === 'edge')
      ownerOfEdge = previous.selected.key;
    else if (state.selected?.kind !== 'edge') ownerOfEdge = null;
    render();
  });
  filter.addEventListener('input', render);
  filter.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      // From the filter, the first match is the one wanted.
      nodes.focus(0);
    }
  });
  stage.changes.subscribe(render);
  filters.subscribe(render);
  render();

  return h(
    'section',
    { class: 'nodes-in-view', 'aria-labelledby': 'nodes-in-view-heading' },
    heading,
    filter,
    nodes.element,
    relationsHeading,
    relations.element,
  );
}
