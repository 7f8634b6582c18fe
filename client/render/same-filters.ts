// Whether two filter states hide the same things: a link restoring the filters the page opened with must not
// re-reduce and re-index every node and edge (at 100,000 edges, half a second before the first frame).
import type { FiltersState } from '../filters/filters-state.ts';

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a === b || (a.size === b.size && [...a].every((value) => b.has(value)));

export const sameFilters = (a: FiltersState, b: FiltersState): boolean =>
  a === b ||
  (a.from === b.from &&
    a.to === b.to &&
    a.minSources === b.minSources &&
    sameSet(a.hiddenLabels, b.hiddenLabels) &&
    sameSet(a.hiddenTypes, b.hiddenTypes) &&
    sameSet(a.hiddenStatuses, b.hiddenStatuses));
