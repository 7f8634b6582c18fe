// The caption over the canvas: the view's name and "showing X of Y" counts that follow every filter, and the
// one-click switch that brings statements and claims into the first view.
import {
  DEFAULT_HIDDEN_LABELS,
  filters,
  MEETING_STATUSES,
  withLabelsShown,
} from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import { meetingsViewName } from '../meetings/met-style.ts';
import type { Stage } from '../network/stage.ts';
import { byId, h } from '../ui/dom.ts';
import { view } from './view-state.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The button that shows or hides statements and claims together; absent when the view has none. */
function sentencesSwitch(inView: number): HTMLElement | null {
  if (inView === 0) return null;
  const hidden = DEFAULT_HIDDEN_LABELS.some((label) => filters.get().hiddenLabels.has(label));
  return h(
    'button',
    {
      type: 'button',
      id: 'toggle-sentences',
      'aria-pressed': String(!hidden),
      onclick: () => filters.update((s) => withLabelsShown(s, DEFAULT_HIDDEN_LABELS, hidden)),
    },
    hidden ? `Show statements and claims (${inView})` : 'Hide statements and claims',
  );
}

export function mountViewCaption(stage: Stage): void {
  const caption = byId('view-caption');
  const render = (): void => {
    const graph = stage.graph(stage.onScreen());
    const counts = sharedVisibleCounts(graph, filters.get());
    const meetings = stage.onScreen() === 'meetings';
    const shownStatuses = MEETING_STATUSES.filter((status) => !filters.get().hiddenStatuses.has(status));
    const name = meetings ? meetingsViewName(shownStatuses) : 'Network';
    const nodes = meetings ? ['person', 'people'] : ['node', 'nodes'];
    const edges = meetings ? ['pair', 'pairs'] : ['relationship', 'relationships'];
    const sentences = DEFAULT_HIDDEN_LABELS.reduce((sum, label) => sum + (counts.byLabel.get(label) ?? 0), 0);
    const toggle = meetings ? null : sentencesSwitch(sentences);
    // The switch is drawn afresh with its new wording: keyboard focus stays on it.
    const hadFocus = document.activeElement?.id === 'toggle-sentences';
    caption.replaceChildren(
      h('strong', { id: 'view-name' }, name),
      h(
        'span',
        { id: 'view-counts' },
        `showing ${counts.nodes} of ${plural(counts.totalNodes, nodes[0] ?? '', nodes[1] ?? '')}, ` +
          `${counts.edges} of ${plural(counts.totalEdges, edges[0] ?? '', edges[1] ?? '')}`,
      ),
      ...(toggle ? [toggle] : []),
    );
    if (hadFocus) toggle?.focus();
  };
  filters.subscribe(render);
  view.subscribe(render);
  stage.changes.subscribe(render);
  render();
}
