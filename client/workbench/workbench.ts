// The editor's workbench, loaded on first use: an overlay over the Explorer that holds *Add article*, *Drafts*
// and one draft at a time; closing it gives the graph back (reloaded after a publish).
import { explain } from '../account/session-api.ts';
import { session } from '../account/session-state.ts';
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import { draftView } from './draft-view.ts';
import { draftsView } from './drafts-view.ts';
import { intakeView } from './intake-view.ts';
import './workbench.css';

export type Opening = { kind: 'add' } | { kind: 'drafts' } | { kind: 'draft'; id: string };

let overlay: HTMLElement | null = null;

function closeWorkbench(): void {
  overlay?.remove();
  overlay = null;
  document.querySelector<HTMLElement>('#add-article')?.focus();
}

export function openWorkbench(stage: Stage, opening: Opening): void {
  const content = h('div', { class: 'wb-content', id: 'wb-content' });
  const nav = (label: string, next: Opening, id: string) =>
    h('button', { type: 'button', id, onclick: () => openWorkbench(stage, next) }, label);
  overlay?.remove();
  overlay = h(
    'section',
    { class: 'workbench', id: 'workbench', role: 'dialog', 'aria-label': "Editor's workbench" },
    h(
      'header',
      { class: 'wb-head' },
      h('h1', {}, 'Workbench'),
      nav('Add article', { kind: 'add' }, 'wb-nav-add'),
      nav('Drafts', { kind: 'drafts' }, 'wb-nav-drafts'),
      h(
        'button',
        { type: 'button', class: 'wb-close', id: 'wb-close', onclick: closeWorkbench },
        'Back to the graph',
      ),
    ),
    content,
  );
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) {
      event.stopPropagation();
      closeWorkbench();
    }
  });
  document.body.append(overlay);
  const openDraft = (id: string) => openWorkbench(stage, { kind: 'draft', id });
  if (opening.kind === 'add') {
    content.replaceChildren(intakeView(({ article }) => openDraft(article.id)));
    content.querySelector<HTMLElement>('textarea')?.focus();
  } else if (opening.kind === 'drafts') content.replaceChildren(draftsView(openDraft));
  else {
    content.replaceChildren(h('p', { class: 'muted' }, 'Loading the draft…'));
    draftView(stage, opening.id, closeWorkbench).then(
      (view) => {
        content.replaceChildren(view);
        content.querySelector<HTMLElement>('#wb-text')?.focus();
      },
      (error: unknown) =>
        content.replaceChildren(h('p', { class: 'wb-error', role: 'alert' }, explain(error))),
    );
  }
}

// Signing out closes the bench: a reader never keeps editing controls on screen.
session.subscribe((state) => {
  if (!state.user || state.user.role === 'reader') closeWorkbench();
});
