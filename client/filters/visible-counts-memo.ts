// The visible counts of a graph computed once per change and handed to everyone who shows or uses them (caption,
// legend, the screen-reader announcement, the refit, a link's positions, the image and export views): at 100,000
// edges one count walks the graph for ~60 ms.
import type { DataGraph } from '../graph/data-graph.ts';
import { positionsOnly, positionUpdate } from '../graph/position-updates.ts';
import { sameFilters } from '../render/same-filters.ts';
import type { FiltersState } from './filters-state.ts';
import { type VisibleCounts, visibleCounts } from './visible-counts.ts';

interface Kept {
  filters: FiltersState;
  counts: VisibleCounts;
}

/** The last counts of each graph; an entry is dropped when its graph changes in anything but positions. */
const kept = new WeakMap<DataGraph, Kept | null>();

function watch(graph: DataGraph): void {
  const forget = (): void => {
    kept.set(graph, null);
  };
  for (const event of [
    'nodeAdded',
    'nodeDropped',
    'edgeAdded',
    'edgeDropped',
    'cleared',
    'edgesCleared',
  ] as const)
    graph.on(event, forget);
  graph.on('edgeAttributesUpdated', forget);
  graph.on('eachEdgeAttributesUpdated', forget);
  graph.on('nodeAttributesUpdated', (update) => {
    if (!positionUpdate(update)) forget();
  });
  graph.on('eachNodeAttributesUpdated', ({ hints }) => {
    if (!positionsOnly(hints)) forget();
  });
  kept.set(graph, null);
}

/**
 * What the filters let through of `graph`: the same object for every caller until the graph or the filters
 * change (filters equal in value count as unchanged), so one change is counted once whoever asks first.
 */
export function sharedVisibleCounts(graph: DataGraph, filters: FiltersState): VisibleCounts {
  if (!kept.has(graph)) watch(graph);
  const last = kept.get(graph);
  if (last && sameFilters(last.filters, filters)) return last.counts;
  const counts = visibleCounts(graph, filters);
  kept.set(graph, { filters, counts });
  return counts;
}
