// The who-met-whom view: person-to-person edges weighted by meetings, refetched as the time window moves.
import { api } from '../api/api.ts';
import { filters, MEETING_STATUSES } from '../filters/filters-state.ts';
import type { Stage } from '../network/stage.ts';
import { clearSelection } from '../selection/selection-state.ts';
import { announce, errorText } from '../ui/dom.ts';
import { type ViewMode, view } from '../view/view-state.ts';
import { includesPlanned } from './met-style.ts';
import { unpairedMeetings, unpairedSummary } from './unpaired.ts';

export function mountMeetingsView(stage: Stage): void {
  let ticket = 0;
  const loadMeetings = async (): Promise<void> => {
    const mine = ++ticket;
    const { from, to, hiddenStatuses, minSources } = filters.get();
    const shown = MEETING_STATUSES.filter((status) => !hiddenStatuses.has(status));
    try {
      const { graph, notShown } = await api.whoMetWhom({
        from: from ?? undefined,
        to: to ?? undefined,
        // Always the statuses shown: left out, the server's default (held and scheduled) would drop the proposed
        // meetings that the ticked boxes promise. None shown asks for a status no meeting has.
        status: shown.join(',') || 'none',
        // The server counts a pair's meetings after this filter, so the client cannot apply it afterwards.
        minSources: minSources > 1 ? minSources : undefined,
      });
      if (mine !== ticket) return;
      // Before the graph: the pairs table redraws on the load and reads these.
      unpairedMeetings.set(notShown);
      stage.load('meetings', graph);
      stage.show('meetings');
      const meetings = stage.graph('meetings');
      const verb = includesPlanned(shown) ? 'who met or were due to meet' : 'who met';
      announce(
        `${meetings.order} people, ${meetings.size} pairs ${verb}. ${unpairedSummary(notShown) ?? ''}`.trim(),
      );
    } catch (error) {
      announce(errorText(error), 'error');
    }
  };
  const apply = (mode: ViewMode): void => {
    if (mode === 'meetings') return void loadMeetings();
    // A who-met-whom answer still on its way must not take the screen after the reader has left the view.
    ticket += 1;
    if (stage.onScreen() !== 'network') stage.show('network');
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
      state.hiddenStatuses === previous.hiddenStatuses &&
      state.minSources === previous.minSources
    )
      return;
    clearTimeout(timer);
    timer = setTimeout(() => void loadMeetings(), 200);
  });
  apply(view.get().mode);
}
