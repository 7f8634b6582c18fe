// *Drafts*: the unpublished articles with their review progress; each opens in the workbench.
import { explain } from '../account/session-api.ts';
import { h } from '../ui/dom.ts';
import { type Draft, editing } from './editing-api.ts';

const progressText = (draft: Draft): string =>
  `${draft.mentionsReviewed} mentions reviewed, ${draft.entitiesStaged} entities created, ${draft.factsRecorded} facts recorded`;

export function draftsView(open: (id: string) => void): HTMLElement {
  const list = h('ul', { class: 'wb-drafts', id: 'wb-drafts' }, h('li', { class: 'muted' }, 'Loading…'));
  editing.drafts().then(
    ({ drafts }) =>
      list.replaceChildren(
        ...(drafts.length === 0
          ? [h('li', { class: 'muted' }, 'No drafts: add an article to start one.')]
          : drafts.map((draft) =>
              h(
                'li',
                { 'data-article': draft.id },
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => open(draft.id) },
                  draft.title ?? draft.id,
                ),
                h(
                  'span',
                  { class: 'muted' },
                  ` — ${progressText(draft)}; added by ${draft.addedBy ?? '?'} ${draft.addedAt?.slice(0, 16).replace('T', ' ') ?? ''}`,
                ),
              ),
            )),
      ),
    (error: unknown) => list.replaceChildren(h('li', { class: 'wb-error', role: 'alert' }, explain(error))),
  );
  return h('section', { class: 'wb-drafts-view' }, h('h2', {}, 'Drafts'), list);
}
