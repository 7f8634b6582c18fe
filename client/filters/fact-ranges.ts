// The day ranges of the dated facts in a graph payload: what the time slider is fitted to and counts.
import type { GraphPayload } from '../api/types.ts';
import { FACT_LABELS } from './filters-state.ts';
import { type DayRange, factRange } from './time-fit.ts';

export function factRangesOf(payload: GraphPayload): DayRange[] {
  return payload.nodes.flatMap(({ attributes: { nodeLabel, properties } }) => {
    const range = FACT_LABELS.includes(nodeLabel) ? factRange(properties) : null;
    return range ? [range] : [];
  });
}
