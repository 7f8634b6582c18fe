// The details panel: shows the selected node or relationship, and follows the selection as it changes.
import { api } from '../api/api.ts';
import { colourFor } from '../graph/palette.ts';
import { pairsTable } from '../meetings/pairs-table.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { clearSelection, type Selected, selection } from '../selection/selection-state.ts';
import { byId, errorText, h } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import { edgePanel } from './edge-panel.ts';
import { type NodeLink, nodePanel } from './node-panel.ts';

const linkOn =
  (stage: Stage): NodeLink =>
  (key, name, nodeLabel) =>
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => void showNode(stage, key) },
      h('span', { class: 'swatch', style: `background:${colourFor(nodeLabel)}` }),
      name,
    );

/** Whether the next rendered selection takes the keyboard focus (after a search choice). */
let focusWanted = false;
export const focusDetailsNext = (): void => {
  focusWanted = true;
};

/** With nothing selected: what the corpus is, a hint, and in who met whom the table of pairs. */
function idle(stage: Stage, about: HTMLElement | null, redraw: () => void): HTMLElement[] {
  const meetings = stage.onScreen() === 'meetings';
  const hint = h(
    'p',
    { class: 'muted hint' },
    meetings
      ? 'Select a pair on the canvas or in the table to read its meetings and their sources.'
      : 'Select a node or a relationship to read its sources. Double-click a node to expand it.',
  );
  return [
    ...(about ? [about] : []),
    hint,
    ...(meetings ? [pairsTable(stage.graph('meetings'), redraw)] : []),
  ];
}

export function mountDetails(stage: Stage, about: HTMLElement | null = null): void {
  const panel = byId('details');
  const nodeLink = linkOn(stage);
  const showIdle = (): void => {
    // A re-sorted table keeps the focus on the column's button.
    const sortFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset.sort : undefined;
    panel.replaceChildren(...idle(stage, about, showIdle));
    panel.removeAttribute('aria-labelledby');
    if (sortFocus) panel.querySelector<HTMLElement>(`[data-sort="${sortFocus}"]`)?.focus();
  };
  // Each selection gets a ticket: an answer that arrives after a newer selection is dropped.
  let shown = 0;
  const render = async (selected: Selected): Promise<void> => {
    const ticket = ++shown;
    if (!selected) return showIdle();
    panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const content =
        selected.kind === 'node'
          ? nodePanel(await api.node(selected.key), nodeLink)
          : await edgePanel(stage, selected.key, nodeLink);
      if (ticket !== shown) return;
      const close = h(
        'button',
        { type: 'button', class: 'close', 'aria-label': 'Close details', onclick: clearSelection },
        '×',
      );
      panel.replaceChildren(close, ...content);
      panel.setAttribute('aria-labelledby', 'details-title');
      if (focusWanted) {
        focusWanted = false;
        panel.focus();
      }
    } catch (error) {
      if (ticket === shown)
        panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
    }
  };
  void render(selection.get().selected);
  // The idle panel follows the graph on screen (the pairs table) as long as nothing is selected.
  const refreshIdle = (): void => {
    if (!selection.get().selected) showIdle();
  };
  stage.changes.subscribe(refreshIdle);
  view.subscribe(refreshIdle);
  selection.subscribe((state, previous) => {
    if (state.selected?.key !== previous.selected?.key || state.selected?.kind !== previous.selected?.kind)
      void render(state.selected);
  });
}
