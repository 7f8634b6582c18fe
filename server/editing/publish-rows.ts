// Turns a draft's staged facts into the rows the publish queries UNWIND: ids from keys, element ids of the
// nodes they name, node properties, the report (quote, status, date words) this article makes.
import { conflict } from '../errors.ts';
import type { ResolvedKey } from './entity-keys.ts';
import type { StagedFact } from './facts.service.ts';

export type Nodes = Map<string, ResolvedKey>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const keysIn = (value: unknown): string[] =>
  list(value).flatMap((key) => (typeof key === 'string' ? [key] : []));
const entries = (value: unknown): Record<string, unknown>[] =>
  list(value).flatMap((entry) => (entry !== null && typeof entry === 'object' ? [{ ...entry }] : []));

/** The graph node a key names, now that the entities and earlier facts of this publish exist. */
export function elementIdOf(nodes: Nodes, key: string): string {
  const elementId = nodes.get(key)?.elementId;
  if (!elementId) {
    throw conflict(
      'stale_draft',
      `"${key}" is no longer in the graph (retracted since it was used): fix the draft.`,
      { key },
    );
  }
  return elementId;
}

function idOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

function dates(fields: Record<string, unknown>) {
  const dateFrom = text(fields.dateFrom);
  const dateTo = text(fields.dateTo);
  const dated = dateFrom !== null && dateTo !== null;
  return {
    dateFrom: dated ? dateFrom : null,
    dateTo: dated ? dateTo : null,
    props: {
      datePrecision: dated ? (text(fields.datePrecision) ?? (dateFrom === dateTo ? 'day' : 'range')) : null,
      dateText: text(fields.dateText) ?? (dated ? null : 'undated'),
      dateBasis: dated ? 'article' : null,
    },
  };
}

function report(fact: StagedFact) {
  return {
    id: idOf(fact.key),
    quote: fact.quote.text,
    dateText: text(fact.fields.dateText),
    status: text(fact.fields.status),
  };
}

export function meetingRow(fact: StagedFact, nodes: Nodes) {
  const f = fact.fields;
  const { dateFrom, dateTo, props } = dates(f);
  return {
    ...report(fact),
    dateFrom,
    dateTo,
    props: { ...props, name: fact.name, kind: text(f.kind) },
    attendees: entries(f.attendees).map((a) => ({
      elementId: elementIdOf(nodes, String(a.key)),
      attendance: text(a.attendance),
      role: text(a.role),
    })),
    places: keysIn([f.place]).map((key) => elementIdOf(nodes, key)),
  };
}

export function eventRow(fact: StagedFact, nodes: Nodes) {
  const f = fact.fields;
  const { dateFrom, dateTo, props } = dates(f);
  return {
    ...report(fact),
    dateFrom,
    dateTo,
    props: { ...props, name: fact.name, kind: text(f.kind) },
    participants: entries(f.participants).map((p) => ({
      elementId: elementIdOf(nodes, String(p.key)),
      role: text(p.role),
    })),
  };
}

export function agreementRow(fact: StagedFact, nodes: Nodes) {
  return {
    ...report(fact),
    props: { name: fact.name, dateText: 'undated' },
    parties: keysIn(fact.fields.parties).map((key) => elementIdOf(nodes, key)),
  };
}

export function statementRow(fact: StagedFact, nodes: Nodes) {
  const f = fact.fields;
  const { dateFrom, dateTo, props } = dates(f);
  return {
    ...report(fact),
    dateText: text(f.dateText) ?? 'undated',
    dateFrom,
    dateTo,
    props: { ...props, name: fact.name, text: text(f.text) ?? fact.quote.text },
    speaker: elementIdOf(nodes, String(f.speaker)),
    at: keysIn([f.at]).map((key) => elementIdOf(nodes, key)),
    about: keysIn(f.about).map((key) => elementIdOf(nodes, key)),
  };
}

export function claimRow(fact: StagedFact, nodes: Nodes) {
  const f = fact.fields;
  const claimants = keysIn([f.claimant]);
  return {
    ...report(fact),
    dateText: 'undated',
    props: {
      name: fact.name,
      text: text(f.text),
      kind: text(f.kind),
      value: typeof f.value === 'number' ? f.value : null,
      unit: text(f.unit),
      attribution: claimants.length === 0 ? 'reporter' : null,
    },
    claimants: claimants.map((key) => elementIdOf(nodes, key)),
    attribution: text(f.attribution) ?? 'asserted',
    resources: keysIn(f.resources).map((key) => elementIdOf(nodes, key)),
    concerns: keysIn(f.concerns).map((key) => elementIdOf(nodes, key)),
  };
}

export function relationRow(fact: StagedFact, nodes: Nodes) {
  const f = fact.fields;
  const [from, to] = fact.type === 'role' ? [f.person, f.body] : [f.member, f.organization];
  return {
    key: fact.key,
    from: elementIdOf(nodes, String(from)),
    to: elementIdOf(nodes, String(to)),
    quote: fact.quote.text,
    props: fact.type === 'role' ? { title: text(f.title), former: f.former === true ? true : null } : {},
  };
}
