// The who-met-whom view: person-to-person edges weighted by meetings, refetched as the time window moves.
import { api } from '../api/api.ts';
import { announce, errorText } from '../app/dom.ts';
import { currentRenderer, loadInto } from '../app/graph-actions.ts';
import { clearSelection } from '../app/selection-state.ts';
import { view } from '../app/view-state.ts';
import { filters, MEETING_STATUSES } from '../filters/filters-state.ts';
import { meetingsGraph, networkGraph } from '../graph/data-graph.ts';

let ticket = 0;

async function loadMeetings(): Promise<void> {
  const mine = ++ticket;
  const { from, to, hiddenStatuses } = filters.get();
  const shown = MEETING_STATUSES.filter((status) => !hiddenStatuses.has(status));
  try {
    const { graph } = await api.whoMetWhom({
      from: from ?? undefined,
      to: to ?? undefined,
      // The API takes a comma-separated list; all shown means no filter, none shown means no meetings.
      status: shown.length === MEETING_STATUSES.length ? undefined : shown.join(',') || 'none',
    });
    if (mine !== ticket) return;
    loadInto(meetingsGraph, 'meetings', graph);
    const renderer = currentRenderer();
    if (renderer.graph() !== meetingsGraph) renderer.setGraph(meetingsGraph);
    announce(`${meetingsGraph.order} people, ${meetingsGraph.size} pairs who met.`);
  } catch (error) {
    announce(errorText(error), 'error');
  }
}

export function mountMeetingsView(): void {
  const apply = (mode: string): void => {
    const renderer = currentRenderer();
    if (mode === 'meetings') void loadMeetings();
    else if (renderer.graph() !== networkGraph) {
      ticket += 1;
      renderer.setGraph(networkGraph);
    }
  };
  view.subscribe((state, previous) => {
    if (state.mode === previous.mode) return;
    clearSelection();
    apply(state.mode);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  filters.subscribe((state, previous) => {
    if (view.get().mode !== 'meetings') return;
    if (
      state.from === previous.from &&
      state.to === previous.to &&
      state.hiddenStatuses === previous.hiddenStatuses
    )
      return;
    clearTimeout(timer);
    timer = setTimeout(() => void loadMeetings(), 200);
  });
  apply(view.get().mode);
}
