// Entry point: loads stats and the overview graph, mounts the renderer and every panel, restores the URL.
import { api } from './api/api.ts';
import { announce, byId, errorText, h } from './app/dom.ts';
import { attachRenderer, currentLayout, loadInto } from './app/graph-actions.ts';
import { installTestHook } from './app/test-hook.ts';
import { mountToolbar } from './app/toolbar-view.ts';
import { mountConsole } from './cypher/console-view.ts';
import { mountDetails } from './details/details-view.ts';
import { filtersView } from './filters/filters-view.ts';
import { timeSliderView } from './filters/time-slider.ts';
import { spanOf } from './filters/time-window.ts';
import { networkGraph } from './graph/data-graph.ts';
import { legendView } from './legend/legend-view.ts';
import { mountMeetingsView } from './meetings/meetings-view.ts';
import { pathFinderView } from './paths/path-finder.ts';
import { wireInteractions } from './render/interactions.ts';
import { createRenderer } from './render/renderer.ts';
import { mountSearch } from './search/search-view.ts';
import { restoreFromUrl, syncUrl } from './url/url-sync.ts';

async function meetingDates(): Promise<string[]> {
  try {
    const { meetings } = await api.meetings({});
    return meetings.flatMap((meeting) => (meeting.date ? [meeting.date] : []));
  } catch {
    return networkGraph
      .filterNodes((_n, a) => a.label === 'Meeting' && typeof a.date === 'string')
      .map((n) => String(networkGraph.getNodeAttribute(n, 'date')));
  }
}

async function main(): Promise<void> {
  announce('Loading the graph…');
  const [stats, overview, dates] = await Promise.all([api.stats(), api.overview(), meetingDates()]);
  loadInto(networkGraph, 'network', overview);
  const renderer = createRenderer(byId('graph'), networkGraph);
  attachRenderer(renderer);
  const markReady = installTestHook(renderer);
  wireInteractions(renderer);

  byId('sidebar').append(
    legendView(stats),
    filtersView(stats),
    timeSliderView(spanOf(dates)),
    pathFinderView(),
  );
  mountToolbar();
  mountSearch();
  mountDetails();
  mountConsole();
  mountMeetingsView();
  await restoreFromUrl();
  syncUrl();
  announce(`${networkGraph.order} nodes, ${networkGraph.size} relationships.`);
  renderer.sigma.once('afterRender', markReady);
  renderer.sigma.refresh();
  window.addEventListener('pagehide', () => currentLayout().kill());
}

main().catch((error: unknown) => {
  announce(`The Explorer could not start: ${errorText(error)}`, 'error');
  byId('details').replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
});
