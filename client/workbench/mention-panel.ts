// The panel for the name in focus: link it (suggested candidates, or any entity found by search), create a new
// entity (label, name, aliases; possible duplicates first), or reject it. Dates and amounts show their value.
import type { CreatableLabel } from '../../contract/editing.ts';
import { api } from '../api/api.ts';
import type { Mention, MentionCandidate } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { resolvedValue } from './mention-words.ts';
import type { ReviewState } from './review-state.ts';

/** Every label the contract lets a mention create, without zod in the bundle (a missing one fails the typecheck). */
export const CREATABLE_LABELS = ['Person', 'Country', 'Organization', 'Place', 'Resource', 'Topic'] as const;
const complete: Exclude<CreatableLabel, (typeof CREATABLE_LABELS)[number]> extends never ? true : false =
  true;
void complete;

export const creatableLabel = (value: string | null): CreatableLabel =>
  CREATABLE_LABELS.find((label) => label === value) ?? 'Organization';

export interface MentionActions {
  link(mention: Mention, key: string, name: string): void;
  create(
    mention: Mention,
    body: { label: CreatableLabel; name: string; aliases: string[]; asNew?: boolean },
  ): void;
  reject(mention: Mention): void;
}

const linkButton = (mention: Mention, candidate: MentionCandidate, actions: MentionActions, note?: string) =>
  h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'wb-link',
        'data-key': candidate.key,
        onclick: () => actions.link(mention, candidate.key, candidate.name),
      },
      `Link to ${candidate.name}`,
    ),
    h('span', { class: 'muted' }, ` ${candidate.label}${note ? ` · ${note}` : ''}`),
  );

function searchBox(mention: Mention, actions: MentionActions): HTMLElement {
  const results = h('ul', { class: 'wb-choices wb-search-results' });
  const input = h('input', {
    type: 'search',
    id: 'wb-search',
    'aria-label': 'Search the graph for another entity',
    placeholder: 'Another entity…',
  });
  let ticket = 0;
  input.addEventListener('input', () => {
    const mine = ++ticket;
    const q = input.value.trim();
    if (q.length < 2) return results.replaceChildren();
    void api.search(q).then(({ results: found }) => {
      if (mine !== ticket) return;
      results.replaceChildren(
        ...found.map((hit) =>
          linkButton(mention, { key: hit.key, name: hit.name, label: hit.label, score: 0 }, actions),
        ),
      );
    });
  });
  return h('div', { class: 'wb-search' }, input, results);
}

function createForm(mention: Mention, actions: MentionActions, duplicates: boolean): HTMLFormElement {
  const suggested = mention.kind === 'entity' ? mention.suggestedLabel : null;
  const label = h(
    'select',
    { id: 'wb-create-label', name: 'label' },
    ...CREATABLE_LABELS.map((name) => h('option', { value: name, selected: name === suggested }, name)),
  );
  const name = h('input', { id: 'wb-create-name', name: 'name', value: mention.text, required: true });
  const aliases = h('input', { id: 'wb-create-aliases', name: 'aliases', placeholder: 'comma-separated' });
  const form = h(
    'form',
    { class: 'wb-create', 'aria-label': 'Create a new entity' },
    h('label', { for: 'wb-create-label' }, 'Label'),
    label,
    h('label', { for: 'wb-create-name' }, 'Name'),
    name,
    h('label', { for: 'wb-create-aliases' }, 'Aliases'),
    aliases,
    h('button', { type: 'submit', id: 'wb-create-submit' }, duplicates ? 'Create anyway' : 'Create'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.create(mention, {
      label: creatableLabel(label.value),
      name: name.value.trim(),
      aliases: aliases.value
        .split(',')
        .map((alias) => alias.trim())
        .filter(Boolean),
      ...(duplicates ? { asNew: true } : {}),
    });
  });
  return form;
}

function reviewedNote(state: ReviewState, mention: Mention): HTMLElement | null {
  const review = state.reviews.get(mention.id);
  if (!review) return h('p', { class: 'muted' }, 'Not reviewed yet.');
  const name = review.key ? (state.names.get(review.key) ?? review.key) : '';
  const said = {
    link: `Linked to ${name}`,
    create: `Created ${name} (published with the article)`,
    reject: 'Rejected',
  };
  return h('p', { class: `wb-reviewed reviewed-${review.action}`, id: 'wb-reviewed' }, said[review.action]);
}

export function mentionPanel(state: ReviewState, mention: Mention, actions: MentionActions): HTMLElement {
  const value = resolvedValue(mention);
  const heading = h('h3', { id: 'wb-mention-title' }, `“${mention.text}”`);
  if (mention.kind !== 'entity') {
    return h(
      'section',
      { class: 'wb-mention', 'aria-labelledby': 'wb-mention-title' },
      heading,
      h('p', {}, `${mention.kind === 'date' ? 'Date' : 'Amount'}: ${value}`),
      h('p', { class: 'muted' }, 'Select the sentence around it to use it in a fact.'),
    );
  }
  const duplicates = state.duplicates.get(mention.id);
  const choices = duplicates
    ? [
        h(
          'p',
          { class: 'wb-warning', role: 'alert' },
          'Possible duplicates already exist — link to one of them:',
        ),
        h(
          'ul',
          { class: 'wb-choices' },
          ...duplicates.map((c) => linkButton(mention, c, actions, 'same name')),
        ),
      ]
    : [
        h('p', { class: 'muted' }, mention.known ? 'Known entity' : 'New name', ' — suggestions:'),
        h(
          'ul',
          { class: 'wb-choices' },
          ...mention.candidates.map((c, index) =>
            linkButton(mention, c, actions, index === 0 ? 'suggested' : `score ${c.score.toFixed(2)}`),
          ),
        ),
      ];
  return h(
    'section',
    { class: 'wb-mention', 'aria-labelledby': 'wb-mention-title' },
    heading,
    reviewedNote(state, mention),
    ...choices,
    searchBox(mention, actions),
    h(
      'details',
      { class: 'wb-create-box', open: !mention.known || Boolean(duplicates) },
      h('summary', {}, 'Create a new entity'),
      createForm(mention, actions, Boolean(duplicates)),
    ),
    h(
      'button',
      { type: 'button', class: 'wb-reject', id: 'wb-reject', onclick: () => actions.reject(mention) },
      'Reject (not an entity)',
    ),
  );
}
