// Editors' tools under a selected node in the details panel: *History* (who added, changed or retracted what,
// and when) and *Retract…* (a reason is required; the node leaves the view). Added beside the details panel's
// own content whenever it shows a node, so the panel's code stays unaware of editing.
import { explain } from '../account/session-api.ts';
import { canEdit, session } from '../account/session-state.ts';
import type { HistoryChange } from '../api/types.ts';
import type { Stage } from '../network/stage.ts';
import { clearSelection, selection } from '../selection/selection-state.ts';
import { announce, byId, h } from '../ui/dom.ts';
import { editing } from './editing-api.ts';
import './workbench.css';

const detailText = (change: HistoryChange): string => {
  const { detail } = change;
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) return '';
  const reason = 'reason' in detail ? detail.reason : undefined;
  return typeof reason === 'string' ? ` — “${reason}”` : '';
};

function historyList(key: string): HTMLElement {
  const list = h('ol', { class: 'wb-history', id: 'wb-history' }, h('li', { class: 'muted' }, 'Loading…'));
  editing.history(key).then(
    ({ changes }) =>
      list.replaceChildren(
        ...(changes.length === 0
          ? [h('li', { class: 'muted' }, 'No recorded change (a seed item).')]
          : changes.map((change) =>
              h(
                'li',
                { 'data-action': change.action },
                h('time', { datetime: change.at }, change.at.slice(0, 16).replace('T', ' ')),
                ` ${change.by} ${change.action}${change.articleId ? ` (article ${change.articleId})` : ''}${detailText(change)}`,
              ),
            )),
      ),
    (error: unknown) => list.replaceChildren(h('li', { class: 'wb-error', role: 'alert' }, explain(error))),
  );
  return list;
}

function retractForm(stage: Stage, key: string): HTMLFormElement {
  // Not `required`: the browser's bubble would say less than the message below (a reason of spaces is none).
  const reason = h('textarea', { id: 'wb-retract-reason', rows: 2, 'aria-required': 'true' });
  const error = h('p', { class: 'wb-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'wb-retract', id: 'wb-retract' },
    h('label', { for: 'wb-retract-reason' }, 'Why retract it? (kept with the item and in its history)'),
    reason,
    h('button', { type: 'submit', id: 'wb-retract-submit' }, 'Retract'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      error.textContent = 'A reason is required.';
      error.hidden = false;
      return;
    }
    editing.retract(key, reason.value.trim()).then(
      (done) => {
        for (const gone of [done.key, ...done.alsoRetracted])
          for (const scope of ['network', 'meetings'] as const)
            if (stage.graph(scope).hasNode(gone)) stage.graph(scope).dropNode(gone);
        clearSelection();
        announce(
          `Retracted ${done.key}${done.alsoRetracted.length ? ` and ${done.alsoRetracted.length} facts only it reported` : ''}.`,
        );
      },
      (failure: unknown) => {
        error.textContent = explain(failure);
        error.hidden = false;
      },
    );
  });
  return form;
}

function tools(stage: Stage, key: string): HTMLElement {
  const slot = h('div', {});
  let open: 'history' | 'retract' | null = null;
  const show = (which: 'history' | 'retract') => () => {
    open = open === which ? null : which;
    slot.replaceChildren(
      open === 'history' ? historyList(key) : open === 'retract' ? retractForm(stage, key) : '',
    );
  };
  return h(
    'section',
    { class: 'wb-node-tools', 'aria-label': 'Editor tools' },
    h('h3', {}, 'Editor'),
    h('button', { type: 'button', id: 'wb-history-open', onclick: show('history') }, 'History'),
    h('button', { type: 'button', id: 'wb-retract-open', onclick: show('retract') }, 'Retract…'),
    slot,
  );
}

/** Watches the details panel: whenever it shows a node to an editor, the tools go at its end. */
export function mountNodeTools(stage: Stage): void {
  const panel = byId('details');
  const place = () => {
    const selected = selection.get().selected;
    if (!canEdit(session.get()) || selected?.kind !== 'node') return;
    if (!panel.querySelector('#details-title') || panel.querySelector('.wb-node-tools')) return;
    panel.append(tools(stage, selected.key));
  };
  new MutationObserver(place).observe(panel, { childList: true });
  session.subscribe(() => {
    panel.querySelector('.wb-node-tools')?.remove();
    place();
  });
  place();
}
