// UI state for the view as a whole: which network is shown, and what sizes the nodes.
import { createStore } from '../ui/store.ts';

export type ViewMode = 'network' | 'meetings';
export type SizeMetric = 'degree' | 'betweenness' | 'pagerank';

export interface ViewState {
  mode: ViewMode;
  sizeBy: SizeMetric;
  consoleOpen: boolean;
}

const emptyView: ViewState = { mode: 'network', sizeBy: 'degree', consoleOpen: false };

export const view = createStore<ViewState>(emptyView);

export const setMode = (mode: ViewMode): void => view.update((s) => (s.mode === mode ? s : { ...s, mode }));
export const setSizeBy = (sizeBy: SizeMetric): void => view.update((s) => ({ ...s, sizeBy }));
export const setConsoleOpen = (consoleOpen: boolean): void => view.update((s) => ({ ...s, consoleOpen }));
