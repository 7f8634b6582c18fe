// The form that records a fact from the selected words (Meeting, Statement, Claim here; the others in
// fact-form-more.ts), prefilled from the mentions
// and dates inside the selection, showing the quote it will store. Answers the request body to send.
import type { FactBody } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { moreFactForm } from './fact-form-more.ts';
import { checkedKeys, dateInput, field, keyChecks, keySelect } from './fact-form-parts.ts';
import { prefill, type Quote } from './fact-prefill.ts';
import type { ReviewState } from './review-state.ts';

const MEETING_STATUSES = ['held', 'scheduled', 'proposed', 'cancelled'] as const;

export type FactKind = FactBody['type'];
export const FACT_KINDS: readonly { kind: FactKind; title: string }[] = [
  { kind: 'meeting', title: 'Meeting' },
  { kind: 'statement', title: 'Statement' },
  { kind: 'claim', title: 'Claim' },
  { kind: 'role', title: 'Role' },
  { kind: 'membership', title: 'Membership' },
  { kind: 'agreementParty', title: 'Agreement party' },
  { kind: 'event', title: 'Event' },
];

/** Builds the form; `read()` turns what is filled in into the API's body (the server validates the rest). */
export function factForm(
  state: ReviewState,
  quote: Quote,
  kind: FactKind,
): { form: HTMLFormElement; read(): FactBody } {
  const given = prefill(state, quote);
  const from = dateInput(given.date?.dateFrom);
  const to = dateInput(given.date?.dateTo ?? given.date?.dateFrom);
  const dateText = given.date?.text;
  const dates = () =>
    from.value && to.value
      ? { dateFrom: from.value, dateTo: to.value, ...(dateText ? { dateText } : {}) }
      : {};
  const quoteBody = { start: quote.start, end: quote.end, text: quote.text };
  const form = h('form', { class: 'wb-fact-form', id: 'wb-fact-form', 'data-kind': kind });
  const shown = h('blockquote', { class: 'wb-quote-preview', id: 'wb-quote-preview' }, quote.text);
  const heading = h('h3', {}, `Record: ${FACT_KINDS.find((k) => k.kind === kind)?.title ?? kind}`);
  const quoteNote = h('p', { class: 'muted' }, 'The quote it will store, verbatim:');
  if (kind !== 'meeting' && kind !== 'statement' && kind !== 'claim') {
    form.append(heading, quoteNote, shown);
    return { form, read: moreFactForm(form, given, quoteBody, kind, { from, to, dates }) };
  }

  if (kind === 'meeting') {
    const status = h('select', {}, ...MEETING_STATUSES.map((s) => h('option', { value: s }, s)));
    const place = keySelect(given.entities, ['Place'], true);
    form.append(
      heading,
      quoteNote,
      shown,
      h('p', { class: 'wb-legend' }, 'Attendees'),
      keyChecks(
        'attendees',
        given.entities.filter((entity) => entity.label !== 'Place'),
        (label) => label === 'Person',
      ),
      field('From', from, 'dateFrom'),
      field('To', to, 'dateTo'),
      field('Status', status, 'status'),
      field('Place', place, 'place'),
    );
    return {
      form,
      read: () => ({
        type: 'meeting',
        quote: quoteBody,
        attendees: checkedKeys(form, 'attendees').map((key) => ({ key, attendance: 'attended' as const })),
        dateFrom: from.value,
        dateTo: to.value,
        ...(dateText ? { dateText } : {}),
        status: MEETING_STATUSES.find((s) => s === status.value) ?? 'held',
        ...(place.value ? { place: place.value } : {}),
      }),
    };
  }
  if (kind === 'statement') {
    const speaker = keySelect(given.entities, ['Person', 'Organization', 'Country'], false);
    const words = h('input', { value: given.spoken ?? '' });
    form.append(
      heading,
      quoteNote,
      shown,
      field('Speaker', speaker, 'speaker'),
      field("Speaker's words (blank: the whole quote)", words, 'text'),
      field('From', from, 'dateFrom'),
      field('To', to, 'dateTo'),
    );
    return {
      form,
      read: () => ({
        type: 'statement',
        quote: quoteBody,
        speaker: speaker.value,
        ...(words.value.trim() ? { text: words.value.trim() } : {}),
        ...dates(),
      }),
    };
  }
  const claimant = keySelect(given.entities, ['Person', 'Organization', 'Country'], true);
  const text = h('input', { value: quote.text });
  const claimKind = h('input', { value: given.amount ? 'valuation' : 'estimate' });
  const value = h('input', { type: 'number', value: given.amount ? String(given.amount.value) : '' });
  const unit = h('input', { value: given.amount?.unit ?? '' });
  form.append(
    heading,
    quoteNote,
    shown,
    field('Claimant', claimant, 'claimant'),
    h('p', { class: 'wb-legend' }, 'Resources'),
    keyChecks('resources', given.entities, (label) => label === 'Resource'),
    field('The claim in one sentence', text, 'text'),
    field('Kind', claimKind, 'kind'),
    field('Value', value, 'value'),
    field('Unit', unit, 'unit'),
  );
  return {
    form,
    read: () => ({
      type: 'claim',
      quote: quoteBody,
      ...(claimant.value ? { claimant: claimant.value } : {}),
      resources: checkedKeys(form, 'resources'),
      text: text.value.trim(),
      kind: claimKind.value.trim(),
      ...(value.value ? { value: Number(value.value) } : {}),
      ...(unit.value.trim() ? { unit: unit.value.trim() } : {}),
    }),
  };
}
