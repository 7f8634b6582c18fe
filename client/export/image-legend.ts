// What an exported picture says beside the graph: its caption (the view, its counts, when, "actorgraph") and
// its legend (the colours in use, or the meeting lines), built once for both PNG and SVG.
import { filters, nodePasses } from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { colourFor } from '../graph/palette.ts';
import { shortNumber } from '../legend/colour-key.ts';
import { MET_STYLES } from '../meetings/met-style.ts';
import { keyForShown } from '../styling/node-style.ts';
import { MISSING_COLOUR, OTHER_COLOUR } from '../styling/scales.ts';
import { sourceTitle, styleState } from '../styling/style-state.ts';
import { stylesOf } from '../styling/styled.ts';
import type { ViewMode } from '../view/view-state.ts';
import { view } from '../view/view-state.ts';

export interface LegendEntry {
  colour: string;
  text: string;
  /** Drawn as a line (who met whom's statuses) rather than a dot. */
  line?: boolean;
}

export interface ImageLegend {
  title: string;
  entries: LegendEntry[];
  ramp: { stops: readonly string[]; min: string; max: string } | null;
  note: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "Network — showing 79 of 142 nodes, … · 2026-11-30 10:41 · actorgraph": what, how much, when, from where. */
export function imageCaption(viewText: string, when: Date): string {
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${viewText} · ${day} ${pad(when.getHours())}:${pad(when.getMinutes())} · actorgraph`;
}

/** The caption the page shows over the canvas (view name and counts), as one line. */
export function pageCaption(): string {
  const name = document.getElementById('view-name')?.textContent ?? 'Network';
  const counts = document.getElementById('view-counts')?.textContent ?? '';
  return counts ? `${name} — ${counts}` : name;
}

function labelEntries(graph: DataGraph): LegendEntry[] {
  const counts = new Map<string, number>();
  const state = filters.get();
  graph.forEachNode((_node, data) => {
    if (nodePasses(state, data)) counts.set(data.nodeLabel, (counts.get(data.nodeLabel) ?? 0) + 1);
  });
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([label, count]) => ({ colour: colourFor(label), text: `${label} (${count})` }));
}

export function imageLegend(graph: DataGraph, mode: ViewMode): ImageLegend {
  const styles = stylesOf(graph);
  const colourKey =
    styles.colourKey && styles.colours
      ? keyForShown(styles.colourKey, styles.colours, sharedVisibleCounts(graph, filters.get()).shown)
      : null;
  const size = styleState.get().sizeBy ?? view.get().sizeBy;
  const note = `Size: ${sourceTitle(size)}`;
  const lines: LegendEntry[] =
    mode === 'meetings'
      ? Object.values(MET_STYLES).map((s) => ({
          colour: s.color,
          text: `${s.status}: ${s.means}`,
          line: true,
        }))
      : [];
  if (!colourKey)
    return { title: 'Colour: label', entries: [...labelEntries(graph), ...lines], ramp: null, note };
  const missing = colourKey.missing
    ? [{ colour: MISSING_COLOUR, text: `no value (${colourKey.missing})` }]
    : [];
  if (colourKey.kind === 'ramp') {
    const ramp = { stops: colourKey.stops, min: shortNumber(colourKey.min), max: shortNumber(colourKey.max) };
    return { title: `Colour: ${colourKey.title}`, entries: [...missing, ...lines], ramp, note };
  }
  const entries = colourKey.shown.map((c) => ({ colour: c.colour, text: `${c.value} (${c.count})` }));
  const other = colourKey.other ? [{ colour: OTHER_COLOUR, text: `other (${colourKey.other})` }] : [];
  return {
    title: `Colour: ${colourKey.title}`,
    entries: [...entries, ...other, ...missing, ...lines],
    ramp: null,
    note,
  };
}

/** The picture's frame in CSS pixels: a caption band above the graph, the legend in a column to its right. */
export const FRAME = {
  caption: 30,
  legend: 220,
  row: 18,
  margin: 12,
  font: 'system-ui, "DejaVu Sans", Arial, sans-serif',
};

/** Rows the legend needs (title, entries, ramp, size note), so a long legend makes the picture taller. */
export function legendHeight(legend: ImageLegend): number {
  return FRAME.margin * 2 + FRAME.row * (2 + legend.entries.length + (legend.ramp ? 2 : 0));
}
