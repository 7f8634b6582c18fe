// The details panel: shows the selected node or relationship, and follows the selection as it changes.
import { api } from '../api/api.ts';
import { colourFor } from '../graph/palette.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { clearSelection, type Selected, selection } from '../selection/selection-state.ts';
import { byId, errorText, h } from '../ui/dom.ts';
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

const hint = (): HTMLElement =>
  h(
    'p',
    { class: 'muted hint' },
    'Select a node or a relationship to read its sources. Double-click a node to expand it.',
  );

export function mountDetails(stage: Stage): void {
  const panel = byId('details');
  const nodeLink = linkOn(stage);
  // Each selection gets a ticket: an answer that arrives after a newer selection is dropped.
  let shown = 0;
  const render = async (selected: Selected): Promise<void> => {
    const ticket = ++shown;
    if (!selected) return panel.replaceChildren(hint());
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
    } catch (error) {
      if (ticket === shown)
        panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
    }
  };
  void render(selection.get().selected);
  selection.subscribe((state, previous) => {
    if (state.selected?.key !== previous.selected?.key || state.selected?.kind !== previous.selected?.kind)
      void render(state.selected);
  });
}
