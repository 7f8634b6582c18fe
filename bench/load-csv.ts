// Builds and runs the LOAD CSV reference import over the same bulk files the loader reads.
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { FoundFile } from '../loader/discover.ts';
import { LABELS, nodeSpec, type PropertySpec, relationshipSpec, TYPES } from '../loader/model.ts';
import { readRecords } from '../loader/read-file.ts';

const templates = new Map<string, string>();
for (const name of ['load-csv-nodes', 'load-csv-relationships']) {
  const text = await readFile(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8');
  templates.set(
    name,
    text
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n'),
  );
}

function template(name: string): string {
  const text = templates.get(name);
  if (text === undefined) throw new Error(`no template ${name}`);
  return text;
}

function checked(value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new Error(`not in the model: ${value}`);
  return value;
}

/** Empty CSV fields mean "no value", as in the loader; the rest is converted the way the validator does. */
function conversion(spec: PropertySpec): string {
  const column = `row.${spec.name}`;
  const value = {
    string: column,
    'string[]': `split(${column}, '|')`,
    date: `date(${column})`,
    number: `toFloat(${column})`,
    integer: `toInteger(${column})`,
  }[spec.type];
  return `${spec.name}: CASE WHEN ${column} IS NULL OR ${column} = '' THEN null ELSE ${value} END`;
}

function propsMap(specs: readonly PropertySpec[]): string {
  return `{${specs.map(conversion).join(', ')}}`;
}

/** Endpoint-label pairs present in a relationship file (read before the timed part, in the reference's favour). */
export async function labelPairs(found: FoundFile): Promise<[string, string][]> {
  const pairs = new Set<string>();
  for await (const { record } of readRecords(found.path, found.file)) {
    const from = String(record?.from ?? '');
    const to = String(record?.to ?? '');
    pairs.add(`${from.slice(0, from.indexOf(':'))} ${to.slice(0, to.indexOf(':'))}`);
  }
  return [...pairs].sort().map((pair) => pair.split(' ') as [string, string]);
}

export interface LoadCsvStatement {
  query: string;
  params: Record<string, string>;
}

export async function loadCsvStatements(
  files: readonly FoundFile[],
  batch: number,
): Promise<LoadCsvStatement[]> {
  const statements: LoadCsvStatement[] = [];
  for (const found of files) {
    const url = `file:///${found.name}`;
    if (found.file.kind === 'nodes') {
      const spec = nodeSpec(found.file.name);
      if (!spec) continue;
      statements.push({
        query: template('load-csv-nodes')
          .replaceAll('__LABEL__', checked(spec.label, LABELS))
          .replaceAll('__PROPS__', propsMap(spec.properties))
          .replaceAll('__BATCH__', String(Math.trunc(batch))),
        params: { url },
      });
      continue;
    }
    const spec = relationshipSpec(found.file.name);
    if (!spec) continue;
    for (const [from, to] of await labelPairs(found)) {
      statements.push({
        query: template('load-csv-relationships')
          .replaceAll('__TYPE__', checked(spec.type, TYPES))
          .replaceAll('__FROM__', checked(from, LABELS))
          .replaceAll('__TO__', checked(to, LABELS))
          .replaceAll('__PROPS__', propsMap(spec.properties))
          .replaceAll('__BATCH__', String(Math.trunc(batch))),
        params: { url, fromPrefix: `${from}:`, toPrefix: `${to}:` },
      });
    }
  }
  return statements;
}

/** CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite. */
export async function runLoadCsv(driver: Driver, statements: readonly LoadCsvStatement[]): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    for (const statement of statements) await session.run(statement.query, statement.params);
  } finally {
    await session.close();
  }
}
