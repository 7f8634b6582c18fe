// One draft on the bench: the reading pane, the panel for the name in focus or the fact being recorded, the
// recorded facts and *Publish*. Keyboard in the text: j/→ next name, k/← previous, Enter/a accept, r/x reject.

import { explain } from '../account/session-api.ts';
import { ApiError } from '../api/api.ts';
import type { FactBody, Mention, RecordedFact } from '../api/types.ts';
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import { createStore } from '../ui/store.ts';
import { candidatesOf, duplicateView } from './duplicate-view.ts';
import { editing } from './editing-api.ts';
import { FACT_KINDS, type FactKind, factForm } from './fact-form.ts';
import { type Quote, sentenceAround } from './fact-prefill.ts';
import { factsList } from './facts-list.ts';
import { creatableLabel, type MentionActions, mentionPanel } from './mention-panel.ts';
import { publishSummary, showPublished } from './publish-view.ts';
import { highlightQuotes, paneElement, renderText, selectedQuote, selectOffsets } from './reading-pane.ts';
import { wireReviewKeys } from './review-keys.ts';
import {
  acceptAction,
  currentMention,
  focusOn,
  initialReview,
  nextUnreviewed,
  progress,
  type ReviewState,
  step,
  withDuplicates,
  withReview,
} from './review-state.ts';

/** The editor's answer to possible duplicates; only meetings, events and agreements are matched. */
const withChoice = (body: FactBody, choice: { sameAs: string } | { asNew: true }): FactBody =>
  body.type === 'meeting' || body.type === 'event' || body.type === 'agreementParty'
    ? { ...body, ...choice }
    : body;

export async function draftView(stage: Stage, articleId: string, close: () => void): Promise<HTMLElement> {
  const [{ article }, { mentions }, { facts: recorded }] = await Promise.all([
    editing.article(articleId),
    editing.mentions(articleId),
    editing.facts(articleId),
  ]);
  const title = article.title ?? article.titleInferred ?? articleId;
  const review = createStore<ReviewState>(initialReview(articleId, title, article.text ?? '', mentions));
  let facts: RecordedFact[] = recorded;
  let pendingQuote: Quote | null = null;

  const pane = paneElement();
  const panel = h('div', { class: 'wb-panel', id: 'wb-panel', 'aria-live': 'polite' });
  const factsBox = h('div', {});
  const message = h('p', { class: 'wb-error', role: 'alert', id: 'wb-error', hidden: true });
  const progressLine = h('p', { class: 'wb-progress', id: 'wb-progress' });
  const say = (failure: unknown) => {
    message.textContent = explain(failure);
    message.hidden = false;
  };

  const refreshFacts = () => {
    factsBox.replaceChildren(factsList(facts, review.get().names, removeFact));
    highlightQuotes(
      pane,
      facts.map((f) => f.quote),
      pendingQuote,
    );
  };
  const removeFact = (fact: RecordedFact) =>
    void editing.removeFact(articleId, fact.itemId).then(() => {
      facts = facts.filter((f) => f.itemId !== fact.itemId);
      refreshFacts();
    }, say);

  // Mentions: every review goes to the server first; the state follows its answer.
  const reviewed = (
    mention: Mention,
    answer: Promise<{ key: string | null; review: { action: 'link' | 'create' | 'reject' } }>,
    name?: string,
  ) =>
    answer.then(
      ({ key, review: done }) => {
        message.hidden = true;
        review.update((s) => nextUnreviewed(withReview(s, mention.id, { action: done.action, key }, name)));
      },
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.code === 'possible_duplicate') {
          const candidates = candidatesOf(failure.details);
          review.update((s) => withDuplicates(s, mention.id, candidates));
        } else say(failure);
      },
    );
  const actions: MentionActions = {
    link: (mention, key, name) =>
      void reviewed(mention, editing.review(articleId, mention.id, { action: 'link', key }), name),
    create: (mention, body) =>
      void reviewed(mention, editing.review(articleId, mention.id, { action: 'create', ...body }), body.name),
    reject: (mention) => void reviewed(mention, editing.review(articleId, mention.id, { action: 'reject' })),
  };
  const accept = () => {
    const state = review.get();
    const mention = currentMention(state);
    const chosen = mention && acceptAction(state, mention);
    if (!mention || !chosen) return;
    if (chosen.action === 'link')
      actions.link(mention, chosen.key, state.names.get(chosen.key) ?? mention.text);
    else actions.create(mention, { label: creatableLabel(chosen.label), name: chosen.name, aliases: [] });
  };

  // Facts: the selection offers the fact types; the form records, a 409 shows the matches side by side.
  const record = (body: FactBody) =>
    editing.recordFact(articleId, body).then(
      (fact) => {
        facts = [...facts, fact];
        pendingQuote = null;
        message.hidden = true;
        // The browser's selection would hide the recorded quote's highlight.
        window.getSelection()?.removeAllRanges();
        panel.replaceChildren(
          h('p', { class: 'wb-done', id: 'wb-recorded' }, `Recorded: ${fact.type} ${fact.key}`),
        );
        refreshFacts();
      },
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.code === 'possible_duplicate') {
          panel.replaceChildren(
            duplicateView(
              body,
              failure.details,
              review.get().names,
              (choice) => void record(withChoice(body, choice)),
            ),
          );
        } else say(failure);
      },
    );
  const openForm = (quote: Quote, kind: FactKind) => {
    const { form, read } = factForm(review.get(), quote, kind);
    form.append(
      h('button', { type: 'submit', id: 'wb-record' }, 'Record'),
      h('button', { type: 'button', class: 'link', onclick: () => renderPanel() }, 'Cancel'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void record(read());
    });
    panel.replaceChildren(form);
  };
  const offerFacts = () => {
    const offsets = selectedQuote(pane, review.get().text);
    if (!offsets) return;
    const quote = { ...offsets, text: review.get().text.slice(offsets.start, offsets.end) };
    pendingQuote = quote;
    highlightQuotes(
      pane,
      facts.map((f) => f.quote),
      pendingQuote,
    );
    panel.replaceChildren(
      h(
        'section',
        { class: 'wb-selection', id: 'wb-selection' },
        h('h3', {}, 'Record a fact from the selection'),
        h('blockquote', { class: 'wb-quote-preview' }, quote.text),
        h(
          'div',
          { class: 'wb-fact-kinds' },
          ...FACT_KINDS.map(({ kind, title: name }) =>
            h('button', { type: 'button', 'data-fact': kind, onclick: () => openForm(quote, kind) }, name),
          ),
        ),
      ),
    );
  };

  const renderPanel = () => {
    const state = review.get();
    const mention = currentMention(state);
    panel.replaceChildren(
      mention
        ? mentionPanel(state, mention, actions)
        : h(
            'p',
            { class: 'muted' },
            'Click a highlighted name (or press j) to review it; select words to record a fact.',
          ),
    );
  };
  const render = () => {
    const state = review.get();
    renderText(pane, state, (id) => review.update((s) => focusOn(s, id)));
    const { done, total } = progress(state);
    progressLine.textContent = `${done} of ${total} mentions reviewed`;
    progressLine.dataset.done = String(done === total);
    renderPanel();
    refreshFacts();
  };
  review.subscribe(render);

  pane.addEventListener('mouseup', () => setTimeout(offerFacts, 0));
  pane.addEventListener('keyup', (event) => {
    if (event.shiftKey) offerFacts();
  });
  const reject = () => {
    const mention = currentMention(review.get());
    if (mention) actions.reject(mention);
  };
  const sentence = () => {
    const state = review.get();
    const mention = currentMention(state);
    if (!mention) return;
    const { start, end } = sentenceAround(state.text, mention.start, mention.end);
    selectOffsets(pane, start, end);
    offerFacts();
    panel.querySelector<HTMLButtonElement>('[data-fact]')?.focus();
  };
  wireReviewKeys(pane, { move: (by) => review.update((s) => step(s, by)), accept, reject, sentence });

  const publish = h('button', { type: 'button', id: 'wb-publish', class: 'primary' }, 'Publish');
  const body = h(
    'div',
    { class: 'wb-body' },
    pane,
    h('aside', { class: 'wb-side' }, message, panel, factsBox),
  );
  const view = h(
    'div',
    { class: 'wb-draft', 'data-article': articleId },
    h(
      'div',
      { class: 'wb-draft-head' },
      h('h2', { id: 'wb-title' }, title),
      progressLine,
      h(
        'p',
        { class: 'muted wb-keys-hint' },
        'In the text: j/→ next, k/← previous, Enter/a accept, r/x reject, s sentence → fact',
      ),
      publish,
    ),
    body,
  );
  publish.addEventListener('click', () => {
    publish.disabled = true;
    editing.publish(articleId).then(
      (summary) => {
        view.replaceChildren(publishSummary(stage, summary, close));
        void showPublished(stage, summary);
      },
      (failure: unknown) => {
        publish.disabled = false;
        say(failure);
      },
    );
  });
  render();
  return view;
}
