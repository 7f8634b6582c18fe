// What an export from the view asks the API for (subset, CSV part, minSources) and the file name it is saved as.
import type { ExportFormat } from '../api/types.ts';
import { type FiltersState, MEETING_STATUSES } from '../filters/filters-state.ts';
import type { Selected } from '../selection/selection-state.ts';
import type { ViewMode } from '../view/view-state.ts';

export interface ViewForExport {
  mode: ViewMode;
  selected: Selected;
  filters: FiltersState;
  /** The nodes the reducers leave visible in the network view. */
  visibleKeys: () => string[];
}

export interface ExportRequest {
  body: Record<string, unknown>;
  /** A slug for the file name: `network`, `who-met-whom` or `ego-Person-donald-trump`. */
  what: string;
  /** The same in words, for the message after saving. */
  described: string;
}

const slug = (text: string): string => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '');

/** The subset: the selected node's neighbourhood, who met whom as filtered, or the nodes visible in the network. */
function subset(state: ViewForExport): Omit<ExportRequest, 'body'> & { scope: Record<string, unknown> } {
  const { selected, filters } = state;
  if (selected?.kind === 'node') {
    return {
      scope: { ego: selected.key, depth: 1 },
      what: `ego-${slug(selected.key)}`,
      described: `the neighbourhood of ${selected.key}`,
    };
  }
  if (state.mode === 'meetings') {
    // The MET projection itself, so the pairs are edges of the file (a key set of people has no MET edges).
    const status = MEETING_STATUSES.filter((s) => !filters.hiddenStatuses.has(s));
    const window = {
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    };
    return { scope: { meetings: { ...window, status } }, what: 'who-met-whom', described: 'who met whom' };
  }
  return { scope: { keys: state.visibleKeys() }, what: 'network', described: 'the network as shown' };
}

export function exportRequest(format: ExportFormat, state: ViewForExport): ExportRequest {
  const { scope, what, described } = subset(state);
  const { minSources } = state.filters;
  const body: Record<string, unknown> = { format, ...scope };
  // Both CSV files (nodes and relationships) in one zip: a lone part would lose the other half of the view.
  if (format === 'csv') body.part = 'zip';
  if (minSources > 1) body.minSources = minSources;
  const sourced = minSources > 1 ? `, facts with ${minSources}+ sources` : '';
  return {
    body,
    what: minSources > 1 ? `${what}-min${minSources}sources` : what,
    described: described + sourced,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `actorgraph-<what>-<YYYY-MM-DD-HHMM>.<ext>` in local time: what was exported, and when. */
export function exportFileName(what: string, extension: string, when: Date): string {
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `actorgraph-${what}-${day}-${pad(when.getHours())}${pad(when.getMinutes())}.${extension}`;
}
