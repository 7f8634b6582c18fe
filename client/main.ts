// Entry point: loads stats and the overview graph, mounts the stage and every panel, restores the URL.
import { mountAccount } from './account/account-view.ts';
import { api } from './api/api.ts';
import type { GraphPayload } from './api/types.ts';
import { mountConsoleOnOpen } from './cypher/console-loader.ts';
import { corpusNote } from './details/corpus-note.ts';
import { mountDetails } from './details/details-view.ts';
import { factRangesOf } from './filters/fact-ranges.ts';
import { filters } from './filters/filters-state.ts';
import { filtersView } from './filters/filters-view.ts';
import { timeSliderView } from './filters/time-slider.ts';
import { spanOf } from './filters/time-window.ts';
import { sharedVisibleCounts } from './filters/visible-counts-memo.ts';
import { nodesInView } from './keyboard/nodes-in-view.ts';
import { legendView } from './legend/legend-view.ts';
import { mountMeetingsView } from './meetings/meetings-view.ts';
import { wireInteractions } from './network/interactions.ts';
import { refitOnFilter } from './network/refit.ts';
import { createStage } from './network/stage.ts';
import { installTestHook } from './network/test-hook.ts';
import { pathFinderView } from './paths/path-finder.ts';
import { mountSearch } from './search/search-view.ts';
import { mountToolbar } from './toolbar/toolbar-view.ts';
import { announce, byId, errorText, h } from './ui/dom.ts';
import { restoreFromUrl, syncUrl } from './url/url-sync.ts';
import { mountViewCaption } from './view/view-caption.ts';

/** The dates of every meeting for the time slider; the overview's meetings if the API cannot say. */
async function meetingDates(overview: Promise<GraphPayload>): Promise<string[]> {
  try {
    const { meetings } = await api.meetings({});
    return meetings.flatMap((meeting) => (meeting.date ? [meeting.date] : []));
  } catch {
    return (await overview).nodes.flatMap(({ attributes: { nodeLabel, properties } }) =>
      nodeLabel === 'Meeting' && typeof properties.date === 'string' ? [properties.date] : [],
    );
  }
}

async function main(): Promise<void> {
  announce('Loading the graph…');
  const overview = api.overview();
  const [stats, first, dates] = await Promise.all([api.stats(), overview, meetingDates(overview)]);
  const stage = createStage(byId('graph'), first);
  const markReady = installTestHook(stage);
  wireInteractions(stage);

  // The path finder first: its Find button must be on the first screen at 1366×768, above the long filters.
  byId('sidebar').append(
    pathFinderView(stage, stats),
    legendView(stage),
    filtersView(stats, stage),
    timeSliderView(factRangesOf(first)),
    nodesInView(stage),
  );
  mountToolbar(stage);
  mountAccount(stage);
  mountSearch(stage);
  mountDetails(stage, corpusNote(stats, spanOf(dates)));
  // The console's code (CodeMirror) is fetched the first time it opens, not with the first screen.
  mountConsoleOnOpen(stage);
  mountMeetingsView(stage);
  mountViewCaption(stage);
  refitOnFilter(stage);
  await restoreFromUrl(stage);
  syncUrl(stage);
  const network = stage.graph('network');
  // Counted once for the caption and the legend too (when the network is on screen).
  const shown = sharedVisibleCounts(network, filters.get());
  announce(
    `Showing ${shown.nodes} of ${network.order} nodes, ${shown.edges} of ${network.size} relationships.`,
  );
  stage.renderer.sigma.once('afterRender', markReady);
  // A draw, not a full refresh: sigma indexed the graph when it was built and every change since (graph
  // events, selection, filters, style) refreshed it; indexing 100,000 edges again would delay the first frame.
  // (An empty partial refresh that skips indexation is sigma's public way to draw now.)
  stage.renderer.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  window.addEventListener('pagehide', () => stage.kill());
}

main().catch((error: unknown) => {
  announce(`The Explorer could not start: ${errorText(error)}`, 'error');
  byId('details').replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
});
