// After a filter changes what is shown, the camera frames what is left (the sliders' Play included).
import { filters } from '../filters/filters-state.ts';
import { visibleNodes } from '../filters/visible-counts.ts';
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
    fitToNodes(stage.renderer.sigma, visibleNodes(graph, state));
  });
}
