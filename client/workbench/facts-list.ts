// The facts recorded in the draft, beside the text: type, what it is, its quote; removable while a draft.
import type { RecordedFact } from '../api/types.ts';
import { h } from '../ui/dom.ts';

export function factsList(
  facts: readonly RecordedFact[],
  names: ReadonlyMap<string, string>,
  remove: (fact: RecordedFact) => void,
): HTMLElement {
  return h(
    'section',
    { class: 'wb-facts', 'aria-labelledby': 'wb-facts-title' },
    h('h3', { id: 'wb-facts-title' }, `Recorded facts (${facts.length})`),
    facts.length === 0
      ? h(
          'p',
          { class: 'muted' },
          'Select words in the text (or press s on a name), then choose the kind of fact.',
        )
      : h(
          'ol',
          { id: 'wb-facts-list' },
          ...facts.map((fact) =>
            h(
              'li',
              { 'data-type': fact.type, 'data-key': fact.key },
              h('strong', {}, fact.type),
              fact.sameAs ? h('span', { class: 'wb-badge' }, 'new report of an existing fact') : null,
              ' ',
              h('span', { class: 'muted' }, names.get(fact.key) ?? fact.key),
              h('q', { class: 'wb-fact-quote' }, fact.quote.text),
              h('button', { type: 'button', class: 'link wb-remove', onclick: () => remove(fact) }, 'Remove'),
            ),
          ),
        ),
  );
}
