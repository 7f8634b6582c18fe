// What each fact type names and how it is stored: the keys it refers to (with the labels each may have),
// the label of the node it creates, and the fields kept in its staged payload.
import type { FactBody } from '../../contract/index.ts';
import { invalid } from '../errors.ts';

const ACTORS = ['Person', 'Country', 'Organization'];

export interface KeyUse {
  field: string;
  key: string;
  labels: readonly string[] | null;
}

/** Every key a fact names, with the labels allowed there (null: any entity or fact). */
export function keyUses(fact: FactBody): KeyUse[] {
  const use = (field: string, key: string | undefined, labels: readonly string[] | null): KeyUse[] =>
    key === undefined ? [] : [{ field, key, labels }];
  switch (fact.type) {
    case 'meeting':
      return [
        ...fact.attendees.flatMap((a, i) => use(`attendees.${i}.key`, a.key, ACTORS)),
        ...use('place', fact.place, ['Place', 'Country']),
        ...use('sameAs', fact.sameAs, ['Meeting']),
      ];
    case 'statement':
      return [
        ...use('speaker', fact.speaker, ACTORS),
        ...use('at', fact.at, ['Meeting']),
        ...(fact.about ?? []).flatMap((key, i) => use(`about.${i}`, key, null)),
      ];
    case 'claim':
      return [
        ...use('claimant', fact.claimant, ACTORS),
        ...fact.resources.flatMap((key, i) => use(`resources.${i}`, key, ['Resource'])),
        ...(fact.concerns ?? []).flatMap((key, i) =>
          use(`concerns.${i}`, key, ['Country', 'Place', 'Organization']),
        ),
      ];
    case 'role':
      return [
        ...use('person', fact.person, ['Person']),
        ...use('body', fact.body, ['Country', 'Organization']),
      ];
    case 'membership':
      return [
        ...use('member', fact.member, ['Country', 'Organization', 'Person']),
        ...use('organization', fact.organization, ['Organization']),
      ];
    case 'agreementParty':
      return [
        ...fact.parties.flatMap((key, i) => use(`parties.${i}`, key, ['Country', 'Organization'])),
        ...use('sameAs', fact.sameAs, ['Agreement']),
      ];
    case 'event':
      return [
        ...fact.participants.flatMap((p, i) => use(`participants.${i}.key`, p.key, ACTORS)),
        ...use('sameAs', fact.sameAs, ['Event']),
      ];
  }
}

/** 400 `wrong_label` when a key names the wrong kind of thing (a meeting's attendee that is a Resource). */
export function checkLabels(uses: readonly KeyUse[]): void {
  const wrong = uses.filter(
    ({ key, labels }) => labels !== null && !labels.includes(key.split(':')[0] ?? ''),
  );
  if (wrong.length > 0) {
    throw invalid(
      `Keys of the wrong kind: ${wrong.map((w) => `${w.field} "${w.key}" must be ${w.labels?.join(' or ')}`).join('; ')}.`,
      { keys: wrong.map(({ field, key, labels }) => ({ field, key, expected: labels })) },
      'wrong_label',
    );
  }
}

/** The label of the node a new fact of this type creates; role and membership are relationships. */
export const NODE_LABEL: Record<FactBody['type'], string | null> = {
  meeting: 'Meeting',
  statement: 'Statement',
  claim: 'ResourceClaim',
  event: 'Event',
  agreementParty: 'Agreement',
  role: null,
  membership: null,
};

/** The relationship type of a role or membership fact. */
export const RELATION_TYPE = { role: 'HOLDS_ROLE', membership: 'MEMBER_OF' } as const;

/** Facts that are looked for in the graph before a new one is made, by the relationship that joins their parties. */
export const MATCHED_BY: Partial<Record<FactBody['type'], string>> = {
  meeting: 'ATTENDED',
  event: 'PARTICIPATED_IN',
  agreementParty: 'PARTY_TO',
};
