// Writes validated bulk rows as neo4j-admin import CSVs: one node file per label, one relationship file per type and endpoint-label pair.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { nodeSpec, type PropertySpec, relationshipSpec } from '../model.ts';
import type { NodeRow, RelRow } from '../validate.ts';

/** Between list items; a value holding it is refused (it would split the item), and no real text does. */
export const ARRAY_DELIMITER = '\u001f';

/** The admin tool's column types for the model's value types. */
const ADMIN_TYPES: Record<PropertySpec['type'], string> = {
  string: '',
  'string[]': ':string[]',
  date: ':date',
  number: ':double',
  integer: ':long',
};

export interface AdminInput {
  /** `--nodes=Label=path` */
  nodes: { label: string; path: string }[];
  /** `--relationships=TYPE=path` */
  relationships: { type: string; path: string }[];
  /** Some string holds a line break: the import then needs --multiline-fields. */
  multiline: boolean;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Always quoted when it is a string, so an empty string stays one; an absent value is an empty field. */
function field(spec: PropertySpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.type === 'string[]') {
    const items = value as string[];
    if (items.some((item) => item.includes(ARRAY_DELIMITER)))
      throw new Error(`${spec.name}: a list item holds the control character U+001F`);
    return items.length === 0 ? '' : quote(items.join(ARRAY_DELIMITER));
  }
  if (spec.type === 'string') return quote(value as string);
  if (spec.type === 'integer' && neo4j.isInt(value)) return value.toString();
  // Numbers and neo4j Dates print as the admin tool reads them (1.5, 1e+21, 2025-02-28).
  return String(value);
}

function header(first: string[], specs: readonly PropertySpec[]): string {
  return `${[...first, ...specs.map((spec) => `${spec.name}${ADMIN_TYPES[spec.type]}`)].join(',')}\n`;
}

class BufferedFile {
  private buffer = '';
  private readonly out: WriteStream;

  constructor(
    readonly path: string,
    first: string,
  ) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.buffer = first;
  }

  async write(line: string): Promise<void> {
    this.buffer += line;
    // ~1 MB pieces keep a million rows from becoming one giant string.
    if (this.buffer.length > 1 << 20) {
      const piece = this.buffer;
      this.buffer = '';
      if (!this.out.write(piece)) await once(this.out, 'drain');
    }
  }

  async close(): Promise<void> {
    this.out.end(this.buffer);
    await once(this.out, 'finish');
  }
}

/** Takes rows as the validator passes them; `finish` closes the files and says how to import them. */
export class AdminCsvWriter {
  private readonly files = new Map<string, BufferedFile>();
  private readonly input: AdminInput = { nodes: [], relationships: [], multiline: false };

  constructor(private readonly dir: string) {}

  private open(key: string, name: string, first: string): BufferedFile {
    let file = this.files.get(key);
    if (!file) {
      file = new BufferedFile(join(this.dir, name), first);
      this.files.set(key, file);
    }
    return file;
  }

  private line(fields: string[]): string {
    const text = fields.join(',');
    if (!this.input.multiline && (text.includes('\n') || text.includes('\r'))) this.input.multiline = true;
    return `${text}\n`;
  }

  async node(label: string, row: NodeRow): Promise<void> {
    const spec = nodeSpec(label);
    if (!spec) throw new Error(`not a label of the model: ${label}`);
    const key = `n ${label}`;
    if (!this.files.has(key)) this.input.nodes.push({ label, path: join(this.dir, `${label}.nodes.csv`) });
    // The id column is both the import's key (in an id space per label) and the stored `id` property.
    // The derived properties (loader/model.ts) are columns here: the import writes what the loader would.
    const properties = [...spec.properties, ...(spec.derived ?? [])];
    const file = this.open(key, `${label}.nodes.csv`, header([`id:ID(${label})`], properties));
    const values = properties.map((property) => field(property, row.props[property.name]));
    await file.write(this.line([quote(row.id), ...values]));
  }

  async relationship(type: string, row: RelRow): Promise<void> {
    const spec = relationshipSpec(type);
    if (!spec) throw new Error(`not a relationship type of the model: ${type}`);
    const key = `r ${type} ${row.fromLabel} ${row.toLabel}`;
    const name = `${type}.${row.fromLabel}.${row.toLabel}.rels.csv`;
    if (!this.files.has(key)) this.input.relationships.push({ type, path: join(this.dir, name) });
    const first = [`:START_ID(${row.fromLabel})`, `:END_ID(${row.toLabel})`];
    const file = this.open(key, name, header(first, spec.properties));
    const values = spec.properties.map((property) => field(property, row.props[property.name]));
    await file.write(this.line([quote(row.from), quote(row.to), ...values]));
  }

  async finish(): Promise<AdminInput> {
    await Promise.all([...this.files.values()].map((file) => file.close()));
    return this.input;
  }
}
