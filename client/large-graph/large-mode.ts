// Large-graph mode: switched on by the size of the graph on screen (or forced by `?large=on|off`), it trades
// decoration for frames. Which sigma settings and programs change, and when, is decided here and only here.
import type { Settings } from 'sigma/settings';
import { createStore } from '../ui/store.ts';

export interface GraphSize {
  nodes: number;
  edges: number;
}

/**
 * Past either count the picture is drawn the cheap way. At 5,000 nodes or 10,000 edges a full redraw under
 * software WebGL already takes a second or more (docs/performance.md); the seed graph (a few hundred) stays
 * far below, so nobody loses arrows and curves on it.
 */
export const LARGE_AT: GraphSize = { nodes: 5_000, edges: 10_000 };

/** Above this many nodes the browser is not given the graph itself but its communities (large-graph/communities.ts). */
export const HOLD_LIMIT = 50_000;

export type LargeOverride = 'on' | 'off' | 'auto';

/** `?large=on` or `?large=off` forces the mode (tests on small graphs, the benchmark's "off" page). */
export function overrideFromSearch(search: string): LargeOverride {
  const value = new URLSearchParams(search).get('large');
  return value === 'on' || value === 'off' ? value : 'auto';
}

export function isLarge(
  size: GraphSize,
  override: LargeOverride = 'auto',
  at: GraphSize = LARGE_AT,
): boolean {
  if (override !== 'auto') return override === 'on';
  return size.nodes >= at.nodes || size.edges >= at.edges;
}

/** Whether the graph on screen is drawn in large mode: the layout runner and the test hook read it. */
export const largeGraph = createStore(false);

/** The page's override, read once at load: the URL sync rewrites the query string from the UI state later. */
export const pageOverride: LargeOverride =
  typeof location === 'undefined' ? 'auto' : overrideFromSearch(location.search);

/** `?hold=N` lowers the hold limit, so a test can see the community view on the small seed graph. */
export function holdLimitFromSearch(search: string): number {
  const value = Number(new URLSearchParams(search).get('hold'));
  return Number.isInteger(value) && value > 0 && value < HOLD_LIMIT ? value : HOLD_LIMIT;
}

export const pageHoldLimit: number =
  typeof location === 'undefined' ? HOLD_LIMIT : holdLimitFromSearch(location.search);

/**
 * The sigma settings that differ between the modes, programs aside (large-graph/mode-settings.ts adds those:
 * sigma's programs touch WebGL as they load, so this part stays testable without a browser).
 */
export function modeOptions(large: boolean): Partial<Settings> {
  if (!large) {
    return {
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 9,
    };
  }
  return {
    // Sigma draws neither edges nor labels while the camera is animated or dragged.
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    // Edge labels would walk every edge of every labelled node; the details panel names a selected edge.
    renderEdgeLabels: false,
    // Edge events draw every edge a second time into the picking buffer: edges are reached from their nodes.
    enableEdgeEvents: false,
    // Fewer, larger label cells and only the bigger nodes labelled: text is the costliest part of a frame.
    labelDensity: 0.25,
    labelGridCellSize: 160,
    labelRenderedSizeThreshold: 12,
  };
}

/**
 * How the layout runs in large mode. Each position update costs the page a render of the nodes that grows
 * with the graph (under software WebGL, mostly the wait for the drawn canvas); after one, the page waits 14
 * times what it cost and at least 125 ms (8 a second). Updates then take at most a fifteenth of the main
 * thread, so that even a window of a few seconds that holds one update more than its share (the first comes
 * as soon as the worker answers) keeps its frames within 1.2x of a still view's. The worker iterates
 * meanwhile; the run stops after a budget.
 */
export const LARGE_LAYOUT = { pace: { pauseRatio: 14, minIntervalMs: 125 }, budgetMs: 30_000 };
