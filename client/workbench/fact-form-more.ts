// The forms of the other fact types — Role, Membership, Agreement party, Event — prefilled from the names and
// dates inside the selection like the others; each answers a reader of the API's body.
import type { FactBody } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { checkedKeys, field, keyChecks, keySelect } from './fact-form-parts.ts';
import type { Prefill } from './fact-prefill.ts';

type Kind = 'role' | 'membership' | 'agreementParty' | 'event';
interface Dates {
  from: HTMLInputElement;
  to: HTMLInputElement;
  dates: () => { dateFrom?: string; dateTo?: string; dateText?: string };
}
type QuoteBody = { start: number; end: number; text: string };

const text = (value = '') => h('input', { value });
const actors = ['Person', 'Country', 'Organization'];

export function moreFactForm(
  form: HTMLFormElement,
  given: Prefill,
  quote: QuoteBody,
  kind: Kind,
  when: Dates,
): () => FactBody {
  const named = given.entities.filter((entity) => entity.label !== 'Place');
  if (kind === 'role') {
    const person = keySelect(given.entities, ['Person'], false);
    const body = keySelect(given.entities, ['Country', 'Organization'], false);
    const title = text();
    const former = h('input', { type: 'checkbox' });
    form.append(
      field('Person', person, 'person'),
      field('Office of', body, 'body'),
      field('Title', title, 'title'),
      field('Former', former, 'former'),
    );
    return () => ({
      type: 'role',
      quote,
      person: person.value,
      body: body.value,
      title: title.value.trim(),
      ...(former.checked ? { former: true } : {}),
    });
  }
  if (kind === 'membership') {
    const member = keySelect(given.entities, actors, false);
    const organization = keySelect(given.entities, ['Organization'], false);
    form.append(field('Member', member, 'member'), field('Organization', organization, 'organization'));
    return () => ({ type: 'membership', quote, member: member.value, organization: organization.value });
  }
  const name = text();
  const status = text(kind === 'event' ? 'held' : 'negotiating');
  if (kind === 'agreementParty') {
    form.append(
      h('p', { class: 'wb-legend' }, 'Parties'),
      keyChecks('parties', named, (label) => actors.includes(label)),
      field('Agreement name (a new one)', name, 'name'),
      field('Status', status, 'status'),
    );
    return () => ({
      type: 'agreementParty',
      quote,
      parties: checkedKeys(form, 'parties'),
      ...(name.value.trim() ? { name: name.value.trim() } : {}),
      status: status.value.trim(),
    });
  }
  const eventKind = text('talks');
  form.append(
    h('p', { class: 'wb-legend' }, 'Participants'),
    keyChecks('participants', named, (label) => actors.includes(label)),
    field('Name', name, 'name'),
    field('Kind', eventKind, 'kind'),
    field('Status', status, 'status'),
    field('From', when.from, 'dateFrom'),
    field('To', when.to, 'dateTo'),
  );
  return () => ({
    type: 'event',
    quote,
    participants: checkedKeys(form, 'participants').map((key) => ({ key })),
    name: name.value.trim(),
    kind: eventKind.value.trim(),
    status: status.value.trim(),
    ...when.dates(),
  });
}
