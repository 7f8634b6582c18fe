// Checks one bulk row against the model and turns it into driver values, or says exactly what is wrong.
import neo4j from 'neo4j-driver';
import {
  type BulkFile,
  LABELS,
  LIST_SEPARATOR,
  nodeSpec,
  type PropertySpec,
  relationshipSpec,
} from './model.ts';

/** What the loader sends for one row: a node's id, or a relationship's endpoints, and typed properties. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
export interface RelRow {
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
  props: Record<string, unknown>;
}

export type Validated<T> = { ok: true; row: T } | { ok: false; errors: string[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function wrongValue(spec: PropertySpec, raw: unknown, expected: string): { error: string } {
  return { error: `${spec.name}: expected ${expected}, got ${JSON.stringify(raw)}` };
}

/** CSV gives every value as text; JSON Lines gives JSON values. Both end up as the same driver values. */
function convert(spec: PropertySpec, raw: unknown, fromCsv: boolean): { value?: unknown; error?: string } {
  switch (spec.type) {
    case 'string':
      if (typeof raw !== 'string') return wrongValue(spec, raw, 'a string');
      if (spec.oneOf && !spec.oneOf.includes(raw))
        return wrongValue(spec, raw, `one of ${spec.oneOf.join(', ')}`);
      return { value: raw };
    case 'string[]': {
      const list = fromCsv && typeof raw === 'string' ? raw.split(LIST_SEPARATOR) : raw;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
        return wrongValue(spec, raw, 'a list of strings');
      return { value: list };
    }
    case 'date': {
      const match = typeof raw === 'string' ? DATE.exec(raw) : null;
      if (!match) return wrongValue(spec, raw, 'a date YYYY-MM-DD');
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const check = new Date(Date.UTC(year, month - 1, day));
      if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
        return wrongValue(spec, raw, 'a real calendar date');
      return { value: new neo4j.types.Date(year, month, day) };
    }
    case 'number': {
      const value = fromCsv && typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongValue(spec, raw, 'a number');
      return { value };
    }
    case 'integer': {
      const value = fromCsv && typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        return wrongValue(spec, raw, 'an integer');
      return { value: neo4j.int(value) };
    }
  }
}

function properties(
  specs: readonly PropertySpec[],
  record: Record<string, unknown>,
  fromCsv: boolean,
  errors: string[],
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = record[spec.name];
    // An empty CSV field and a JSON null both mean "no value": the property is left unset.
    if (raw === undefined || raw === null || (fromCsv && raw === '')) {
      if (spec.required) errors.push(`${spec.name}: required`);
      continue;
    }
    const { value, error } = convert(spec, raw, fromCsv);
    if (error) errors.push(error);
    else props[spec.name] = value;
  }
  return props;
}

/** Known columns per label or type, built once rather than for every row. */
const knownColumns = new Map<string, readonly string[]>();
function columnsFor(
  key: string,
  first: readonly string[],
  specs: readonly PropertySpec[],
): readonly string[] {
  const known = knownColumns.get(key) ?? [...first, ...specs.map((p) => p.name)];
  knownColumns.set(key, known);
  return known;
}

function unknownFields(record: Record<string, unknown>, known: readonly string[]): string[] {
  const errors: string[] = [];
  for (const key in record) {
    if (!known.includes(key)) errors.push(`${key}: not a column of this file (known: ${known.join(', ')})`);
  }
  return errors;
}

export function validateNode(file: BulkFile, record: Record<string, unknown>): Validated<NodeRow> {
  const spec = nodeSpec(file.name);
  if (!spec) return { ok: false, errors: [`${file.name} is not a label of the model`] };
  const errors = unknownFields(record, columnsFor(`n ${spec.label}`, ['id'], spec.properties));
  const id = record.id;
  if (typeof id !== 'string' || id.trim() === '') errors.push('id: required, a non-empty string');
  else if (spec.idPattern && !spec.idPattern.test(id))
    errors.push(`id: "${id}" does not match ${spec.idPattern}`);
  const props = properties(spec.properties, record, file.format === 'csv', errors);
  for (const derived of spec.derived ?? []) {
    const value = errors.length ? undefined : derived.derive(props);
    if (value !== undefined) props[derived.name] = neo4j.int(value);
  }
  return errors.length ? { ok: false, errors } : { ok: true, row: { id: String(id), props } };
}

/** Splits a node key `Label:id` (the API's key format) and checks the label against the allowed ones. */
function endpoint(
  column: string,
  raw: unknown,
  allowed: readonly string[],
  errors: string[],
): [string, string] | undefined {
  const colon = typeof raw === 'string' ? raw.indexOf(':') : -1;
  if (typeof raw !== 'string' || colon < 1 || colon === raw.length - 1) {
    errors.push(`${column}: expected a node key Label:id, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  const label = raw.slice(0, colon);
  const id = raw.slice(colon + 1);
  if (!LABELS.includes(label) || !allowed.includes(label)) {
    errors.push(`${column}: label ${label} is not allowed here (allowed: ${allowed.join(', ')})`);
    return undefined;
  }
  const pattern = nodeSpec(label)?.idPattern;
  if (pattern && !pattern.test(id)) errors.push(`${column}: "${id}" does not match ${pattern}`);
  return [label, id];
}

export function validateRelationship(file: BulkFile, record: Record<string, unknown>): Validated<RelRow> {
  const spec = relationshipSpec(file.name);
  if (!spec) return { ok: false, errors: [`${file.name} is not a relationship type of the model`] };
  const errors = unknownFields(record, columnsFor(`r ${spec.type}`, ['from', 'to'], spec.properties));
  const from = endpoint('from', record.from, spec.from, errors);
  const to = endpoint('to', record.to, spec.to, errors);
  const props = properties(spec.properties, record, file.format === 'csv', errors);
  if (errors.length || !from || !to) return { ok: false, errors };
  return { ok: true, row: { fromLabel: from[0], from: from[1], toLabel: to[0], to: to[1], props } };
}
