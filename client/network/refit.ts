// After a filter changes what is shown, the camera frames what is left (the sliders' Play included).
import { filters } from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import { fitToNodes } from '../render/fit-view.ts';
import type { Stage } from './stage.ts';

export function refitOnFilter(stage: Stage): void {
  filters.subscribe((state, previous) => {
    const sameNodes =
      state.hiddenLabels === previous.hiddenLabels &&
      state.hiddenStatuses === previous.hiddenStatuses &&
      state.from === previous.from &&
      state.to === previous.to;
    if (sameNodes) return;
    const graph = stage.graph(stage.onScreen());
    // Who met whom is refetched for the new filters and framed whole when it arrives.
    if (stage.onScreen() !== 'network') return;
    // The caption and the legend count the same change: whoever asks first counts for all.
    fitToNodes(stage.renderer.sigma, [...sharedVisibleCounts(graph, state).shown]);
  });
}
