// Keeps the URL in step with the UI state stores, and restores them from a shared link on load.
import { runQuery } from '../cypher/cypher-actions.ts';
import { cypherState } from '../cypher/cypher-state.ts';
import { expandAsLinked } from '../expand/expand-actions.ts';
import { expansions } from '../expand/expand-state.ts';
import { filters } from '../filters/filters-state.ts';
import { layoutRunning } from '../layout/layout-runner.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { findPaths } from '../paths/path-finder.ts';
import { pathsState } from '../paths/paths-state.ts';
import { clearSelection, selectEdge, selection } from '../selection/selection-state.ts';
import { styleState } from '../styling/style-state.ts';
import { announce } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';
import { cameraOf, positionsCode, restoreCamera, restorePositions } from './view-picture.ts';

/** The query last run, not the text being typed: a link should reproduce results, not drafts. */
let ranQuery: { query: string; params: string; replaces: boolean } | null = null;
/** The stage whose picture (camera, positions) the link carries; set once the URL has been restored. */
let pictured: Stage | null = null;

function current(): UrlState {
  const style = styleState.get();
  const network = pictured?.onScreen() === 'network' ? pictured : null;
  const f = filters.get();
  const v = view.get();
  const p = pathsState.get();
  return {
    mode: v.mode,
    selected: selection.get().selected,
    hiddenLabels: [...f.hiddenLabels],
    hiddenTypes: [...f.hiddenTypes],
    hiddenStatuses: [...f.hiddenStatuses],
    from: f.from,
    to: f.to,
    minSources: f.minSources,
    query: ranQuery?.query ?? null,
    params: ranQuery?.params ?? null,
    sizeBy: v.sizeBy,
    pathFrom: p.paths.length ? (p.from?.key ?? null) : null,
    pathTo: p.paths.length ? (p.to?.key ?? null) : null,
    queryReplaces: ranQuery?.replaces ?? false,
    colourBy: style.colourBy === 'label' ? null : style.colourBy,
    sizeByData: style.sizeBy,
    expanded: expansions.get().map(({ node, types }) => ({ node, types })),
    camera: network ? cameraOf(network.renderer.sigma) : null,
    positions: network ? positionsCode(network) : null,
  };
}

const selectionOf = (search: string): string => JSON.stringify(parseUrlState(search).selected);

let scheduled = false;
/**
 * A new selection is a new history entry (pushState), so Back and Forward move through selections; every other
 * change (filters, time, camera-free state) replaces the current entry.
 */
function writeUrl(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    const search = serializeUrlState(current());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}`;
    const selected = parseUrlState(search).selected;
    if (selected && selectionOf(search) !== selectionOf(window.location.search))
      history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
}

/** Back or Forward: the selection of that entry comes back (nothing is re-run). */
function followHistory(stage: Stage): void {
  window.addEventListener('popstate', () => {
    const { selected } = parseUrlState(window.location.search);
    if (selected?.kind === 'node') void showNode(stage, selected.key).catch(() => {});
    else if (selected?.kind === 'edge') selectEdge(selected.key);
    else clearSelection();
  });
}

/** Applies the URL to the stores; call once after the graph is on screen. */
export async function restoreFromUrl(stage: Stage): Promise<void> {
  const state = parseUrlState(window.location.search);
  filters.set({
    hiddenLabels: new Set(state.hiddenLabels),
    hiddenTypes: new Set(state.hiddenTypes),
    hiddenStatuses: new Set(state.hiddenStatuses),
    from: state.from,
    to: state.to,
    minSources: state.minSources,
  });
  view.update((v) => ({
    ...v,
    mode: state.mode,
    sizeBy: state.sizeBy,
    consoleOpen: v.consoleOpen || state.query !== null,
  }));
  // A plain link leaves the style alone: setting it restyles every node for nothing.
  if (state.colourBy || state.sizeByData)
    styleState.set({ colourBy: state.colourBy ?? 'label', sizeBy: state.sizeByData });
  if (state.query) {
    cypherState.update((s) => ({
      ...s,
      query: state.query ?? s.query,
      params: state.params ?? '{}',
      target: state.queryReplaces ? 'replace' : 'merge',
    }));
    await runQuery(stage);
    // The link's query answered: it stays in the link (syncUrl starts listening only after this).
    const ran = cypherState.get();
    if (ran.result) ranQuery = { query: ran.query, params: ran.params, replaces: ran.target === 'replace' };
  }
  for (const { node, types } of state.expanded) {
    await expandAsLinked(stage, node, types).catch(() =>
      announce(`Could not expand ${node} again.`, 'error'),
    );
  }
  if (state.pathFrom && state.pathTo) {
    pathsState.update((s) => ({
      ...s,
      from: { key: state.pathFrom ?? '', name: state.pathFrom ?? '' },
      to: { key: state.pathTo ?? '', name: state.pathTo ?? '' },
    }));
    await findPaths(stage);
  }
  if (state.positions && state.mode === 'network' && !restorePositions(stage, state.positions))
    announce('The link’s positions were made for other nodes: the usual layout is shown.');
  if (state.selected?.kind === 'node') await showNode(stage, state.selected.key).catch(() => {});
  else if (state.selected?.kind === 'edge') selectEdge(state.selected.key);
  // Last, so that neither a re-frame after the filters nor centring on the selection moves it again.
  if (state.camera && state.mode === 'network') await restoreCamera(stage.renderer.sigma, state.camera);
}

/** The camera settles many times a second while it moves: the link follows once it has rested. */
function followPicture(stage: Stage): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(writeUrl, 300);
  };
  stage.renderer.sigma.getCamera().on('updated', later);
  stage.changes.subscribe(later);
  layoutRunning.subscribe((running) => {
    if (!running) later();
  });
}

export function syncUrl(stage: Stage): void {
  cypherState.subscribe((s, previous) => {
    // Only a query that answered goes into the link: one refused or timed out must not run again on opening it.
    if (s.result !== previous.result && s.result)
      ranQuery = { query: s.query, params: s.params, replaces: s.target === 'replace' };
    else if (s.error !== previous.error && s.error) ranQuery = null;
    writeUrl();
  });
  followHistory(stage);
  pictured = stage;
  followPicture(stage);
  for (const store of [filters, view, selection, pathsState, expansions, styleState] as const)
    store.subscribe(writeUrl);
  // The address bar holds the whole view from the start (camera and positions included), not only what a
  // later change writes.
  writeUrl();
}
