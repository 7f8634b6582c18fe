// The bulk file format: which columns each label and relationship type has, their types, and where edges may point.
// One table drives the validator, the CSV/JSONL writers, the loader's Cypher and the LOAD CSV reference,
// so the synthetic corpus, a user's own files and the benchmark can never disagree on the model.

export type ValueType = 'string' | 'string[]' | 'date' | 'number' | 'integer';

export interface PropertySpec {
  name: string;
  type: ValueType;
  required?: boolean;
  /** Allowed values, for the closed vocabularies in SCHEMA.md. */
  oneOf?: readonly string[];
}

export interface NodeSpec {
  label: string;
  /** Checked against every id of this label; countries use ISO 3166-1 alpha-2. */
  idPattern?: RegExp;
  properties: PropertySpec[];
  /** Written by the loader from the row's own values, never a column of a file (docs/data-model.md). */
  derived?: DerivedSpec[];
}

/** A property computed from a validated row's properties; undefined leaves it unset. */
export interface DerivedSpec extends PropertySpec {
  derive: (props: Readonly<Record<string, unknown>>) => number | undefined;
}

export interface RelationshipSpec {
  type: string;
  from: readonly string[];
  to: readonly string[];
  properties: PropertySpec[];
}

const name: PropertySpec = { name: 'name', type: 'string', required: true };
const aliases: PropertySpec = { name: 'aliases', type: 'string[]' };
const kind: PropertySpec = { name: 'kind', type: 'string' };
/** Entity relationships carry the ids of the articles that report them, so no edge is shown unsourced. */
const sources: PropertySpec = { name: 'sources', type: 'string[]' };
/** The range a dated fact's sources allow (SCHEMA.md Extensions v2): what time filters and sorting read. */
const dateRange: PropertySpec[] = [
  { name: 'dateFrom', type: 'date' },
  { name: 'dateTo', type: 'date' },
];

/** Days since 1970-01-01 of a validated date (a driver Date: numeric year, month, day). */
function epochDay(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { year, month, day } = value as { year?: unknown; month?: unknown; day?: unknown };
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

/**
 * A meeting's span in days, dateTo - dateFrom, as the seed and publishing write it: time windows seek
 * dateFrom from the longest span before the window (server/meetings/queries).
 */
const spanDays: DerivedSpec = {
  name: 'spanDays',
  type: 'integer',
  derive: (props) => {
    const from = epochDay(props.dateFrom);
    const to = epochDay(props.dateTo);
    return from === undefined || to === undefined ? undefined : to - from;
  },
};

export const NODE_SPECS: readonly NodeSpec[] = [
  { label: 'Person', properties: [name, aliases] },
  { label: 'Country', idPattern: /^[A-Z]{2}$/, properties: [name] },
  { label: 'Organization', properties: [name, aliases, kind] },
  { label: 'Place', properties: [name, kind] },
  {
    label: 'Meeting',
    properties: [
      name,
      { name: 'date', type: 'date' },
      ...dateRange,
      { name: 'datePrecision', type: 'string', oneOf: ['day', 'week', 'month', 'year'] },
      { name: 'dateText', type: 'string' },
      { name: 'status', type: 'string', oneOf: ['held', 'scheduled', 'proposed', 'cancelled'] },
      kind,
    ],
    derived: [spanDays],
  },
  { label: 'Resource', properties: [name, { name: 'category', type: 'string' }] },
  {
    label: 'ResourceClaim',
    properties: [
      name,
      { name: 'text', type: 'string', required: true },
      kind,
      { name: 'value', type: 'number' },
      { name: 'unit', type: 'string' },
    ],
  },
  {
    label: 'Statement',
    properties: [
      name,
      { name: 'text', type: 'string', required: true },
      { name: 'date', type: 'date' },
      ...dateRange,
    ],
  },
  { label: 'Agreement', properties: [name, { name: 'status', type: 'string' }] },
  {
    label: 'Article',
    properties: [
      name,
      { name: 'title', type: 'string', required: true },
      { name: 'outlet', type: 'string' },
      { name: 'published', type: 'date' },
      // Only a `published` article (and what it reports) is public; without it the article stays hidden.
      { name: 'status', type: 'string' },
      { name: 'file', type: 'string' },
    ],
  },
  { label: 'Topic', properties: [name] },
];

export const LABELS: readonly string[] = NODE_SPECS.map((spec) => spec.label);
const ACTORS = ['Person', 'Country', 'Organization'] as const;
const FACTS = ['Meeting', 'ResourceClaim', 'Statement', 'Agreement'] as const;

export const RELATIONSHIP_SPECS: readonly RelationshipSpec[] = [
  {
    type: 'ATTENDED',
    from: ACTORS,
    to: ['Meeting'],
    properties: [
      { name: 'role', type: 'string' },
      { name: 'attendance', type: 'string', oneOf: ['attended', 'due', 'invited', 'addressed', 'inferred'] },
      sources,
    ],
  },
  { type: 'HELD_AT', from: ['Meeting'], to: ['Place', 'Country'], properties: [sources] },
  { type: 'IN', from: ['Place'], to: ['Place', 'Country'], properties: [sources] },
  {
    type: 'HOLDS_ROLE',
    from: ['Person'],
    to: ['Country', 'Organization'],
    properties: [{ name: 'title', type: 'string' }, sources],
  },
  { type: 'MEMBER_OF', from: ['Country'], to: ['Organization'], properties: [sources] },
  { type: 'MADE', from: ACTORS, to: ['ResourceClaim'], properties: [sources] },
  { type: 'ABOUT', from: ['ResourceClaim', 'Statement'], to: LABELS, properties: [sources] },
  { type: 'CONCERNS', from: ['ResourceClaim'], to: ['Country', 'Place'], properties: [sources] },
  { type: 'SAID', from: ['Person'], to: ['Statement'], properties: [sources] },
  { type: 'PARTY_TO', from: ['Country', 'Organization'], to: ['Agreement'], properties: [sources] },
  { type: 'DISCUSSED', from: ['Meeting'], to: LABELS, properties: [sources] },
  { type: 'OCCUPIES', from: ['Country'], to: ['Place'], properties: [sources] },
  {
    type: 'REPORTED_IN',
    from: FACTS,
    to: ['Article'],
    properties: [{ name: 'quote', type: 'string', required: true }],
  },
  { type: 'MENTIONS', from: ['Article'], to: LABELS, properties: [{ name: 'count', type: 'integer' }] },
];

export const TYPES: readonly string[] = RELATIONSHIP_SPECS.map((spec) => spec.type);

export function nodeSpec(label: string): NodeSpec | undefined {
  return NODE_SPECS.find((spec) => spec.label === label);
}

export function relationshipSpec(type: string): RelationshipSpec | undefined {
  return RELATIONSHIP_SPECS.find((spec) => spec.type === type);
}

/** Node files are `<Label>.nodes.<ext>`, relationship files `<TYPE>.rels.<ext>`; ext is csv or jsonl. */
export type FileFormat = 'csv' | 'jsonl';

export interface BulkFile {
  kind: 'nodes' | 'rels';
  /** A label for node files, a relationship type for relationship files. */
  name: string;
  format: FileFormat;
}

export function parseFileName(fileName: string): BulkFile | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)\.(nodes|rels)\.(csv|jsonl)$/.exec(fileName);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { name: match[1], kind: match[2] as BulkFile['kind'], format: match[3] as FileFormat };
}

export function fileName(file: BulkFile): string {
  return `${file.name}.${file.kind}.${file.format}`;
}

/** CSV columns: `id` then the label's properties; `from,to` (node keys `Label:id`) then the type's. */
export function columnsOf(file: Pick<BulkFile, 'kind' | 'name'>): string[] {
  if (file.kind === 'nodes') return ['id', ...(nodeSpec(file.name)?.properties ?? []).map((p) => p.name)];
  return ['from', 'to', ...(relationshipSpec(file.name)?.properties ?? []).map((p) => p.name)];
}

/** Lists inside one CSV field are joined with this; it never occurs in a list item. */
export const LIST_SEPARATOR = '|';
