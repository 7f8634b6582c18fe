// UI state for hover, selection and highlights (search hits, paths): never written into the data graph.
import { createStore } from '../ui/store.ts';

export type Selected = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export interface SelectionState {
  hovered: string | null;
  selected: Selected;
  /** Nodes and edges to emphasise (a search hit, a shortest path); empty means no emphasis. */
  highlightNodes: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
}

export const emptySelection: SelectionState = {
  hovered: null,
  selected: null,
  highlightNodes: new Set(),
  highlightEdges: new Set(),
};

export const withHover = (state: SelectionState, hovered: string | null): SelectionState =>
  state.hovered === hovered ? state : { ...state, hovered };

export const withSelection = (state: SelectionState, selected: Selected): SelectionState => ({
  ...state,
  selected,
});

export const withHighlight = (
  state: SelectionState,
  nodes: Iterable<string>,
  edges: Iterable<string> = [],
): SelectionState => ({ ...state, highlightNodes: new Set(nodes), highlightEdges: new Set(edges) });

export const selection = createStore<SelectionState>(emptySelection);

export const selectNode = (key: string): void =>
  selection.update((s) => withSelection(s, { kind: 'node', key }));
export const selectEdge = (key: string): void =>
  selection.update((s) => withSelection(s, { kind: 'edge', key }));
export const clearSelection = (): void => selection.update((s) => withHighlight(withSelection(s, null), []));
export const hover = (key: string | null): void => selection.update((s) => withHover(s, key));
export const highlight = (nodes: Iterable<string>, edges: Iterable<string> = []): void =>
  selection.update((s) => withHighlight(s, nodes, edges));
