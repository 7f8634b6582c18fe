// The loader's first pass: reads every file once, checks every row and every relationship endpoint, loads nothing.
import type { Driver } from 'neo4j-driver';
import type { FoundFile, RowError } from './discover.ts';
import { existingIdsQuery } from './queries.ts';
import { readRecords } from './read-file.ts';
import { type NodeRow, type RelRow, validateNode, validateRelationship } from './validate.ts';

export interface ValidationResult {
  /** Rows per file name, in load order. */
  rows: Map<string, number>;
  /** The first errors (capped per file, so a wholly wrong file does not flood the report). */
  errors: RowError[];
  errorCount: number;
  /** Relationship types whose files give one (from, to) pair twice: MERGE folds those, CREATE would not. */
  repeatedPairs: Set<string>;
}

const MAX_ERRORS_PER_FILE = 50;
const LOOKUP_CHUNK = 10_000;

interface Occurrence {
  file: string;
  line: number;
}

class ErrorLog {
  readonly errors: RowError[] = [];
  count = 0;
  private readonly perFile = new Map<string, number>();

  add(file: string, line: number, message: string): void {
    this.count++;
    const seen = this.perFile.get(file) ?? 0;
    this.perFile.set(file, seen + 1);
    if (seen < MAX_ERRORS_PER_FILE) this.errors.push({ file, line, message });
  }
}

/** Endpoints not in this load's node files must already be in the database; checked by label in chunks. */
async function checkDatabase(
  driver: Driver | undefined,
  database: string,
  missing: Map<string, Occurrence[]>,
  log: ErrorLog,
): Promise<void> {
  const byLabel = new Map<string, string[]>();
  for (const key of missing.keys()) {
    const colon = key.indexOf(':');
    const label = key.slice(0, colon);
    const ids = byLabel.get(label) ?? [];
    ids.push(key.slice(colon + 1));
    byLabel.set(label, ids);
  }
  // Without a database (an offline import into an empty store) every endpoint must be in the files.
  for (const [label, ids] of byLabel) {
    if (!driver) break;
    for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
      const chunk = ids.slice(start, start + LOOKUP_CHUNK);
      const found = await driver.executeQuery(
        existingIdsQuery(label),
        { ids: chunk },
        { database, routing: 'READ' },
      );
      for (const record of found.records) missing.delete(`${label}:${String(record.get('id'))}`);
    }
  }
  for (const [key, occurrences] of missing) {
    for (const { file, line } of occurrences) {
      log.add(file, line, `endpoint ${key} is neither in a node file of this load nor in the database`);
    }
  }
}

/** (from, to) pairs of one type, as one string each; says when a pair comes a second time. */
class PairSet {
  private readonly seen = new Set<string>();

  repeats(from: string, to: string): boolean {
    // Node keys hold no line break; were one ever to, a false repeat only means MERGE, never a wrong CREATE.
    const pair = `${from}\n${to}`;
    if (this.seen.has(pair)) return true;
    this.seen.add(pair);
    return false;
  }
}

export async function validateFiles(
  driver: Driver | undefined,
  database: string,
  files: readonly FoundFile[],
  onRow: (file: string, rows: number) => void = () => {},
  /** Gets every valid row as it is read (the offline import writes its files in the same pass). */
  onValidRow?: (found: FoundFile, row: NodeRow | RelRow) => Promise<void> | void,
): Promise<ValidationResult> {
  const log = new ErrorLog();
  const rows = new Map<string, number>();
  const nodeLines = new Map<string, number>();
  const missing = new Map<string, Occurrence[]>();
  // Per type, every (from, to) pair seen; dropped once a repeat is found, as the answer is then known.
  const pairs = new Map<string, PairSet>();
  const repeatedPairs = new Set<string>();

  for (const found of files) {
    const { name, path, file } = found;
    let count = 0;
    for await (const { line, record, error } of readRecords(path, file)) {
      onRow(name, ++count);
      if (error || !record) {
        log.add(name, line, error ?? 'unreadable');
        continue;
      }
      if (file.kind === 'nodes') {
        const result = validateNode(file, record);
        if (!result.ok) {
          for (const message of result.errors) log.add(name, line, message);
          // The row still names its node: relationships to it are not reported a second time.
          if (typeof record.id === 'string' && !nodeLines.has(`${file.name}:${record.id}`)) {
            nodeLines.set(`${file.name}:${record.id}`, line);
          }
          continue;
        }
        const key = `${file.name}:${result.row.id}`;
        const first = nodeLines.get(key);
        // Two rows with one id would MERGE into one node and silently drop a row's properties.
        if (first !== undefined)
          log.add(name, line, `duplicate id ${result.row.id} (first on line ${first})`);
        else nodeLines.set(key, line);
        if (onValidRow) await onValidRow(found, result.row);
      } else {
        const result = validateRelationship(file, record);
        if (!result.ok) {
          for (const message of result.errors) log.add(name, line, message);
          continue;
        }
        // A valid row's from/to are the node keys `Label:id` themselves: no string is built per row.
        const from = record.from as string;
        const to = record.to as string;
        if (!repeatedPairs.has(file.name)) {
          const seen = pairs.get(file.name) ?? new PairSet();
          pairs.set(file.name, seen);
          if (seen.repeats(from, to)) {
            repeatedPairs.add(file.name);
            pairs.delete(file.name);
          }
        }
        if (onValidRow) await onValidRow(found, result.row);
        for (const key of [from, to]) {
          if (nodeLines.has(key)) continue;
          const occurrences = missing.get(key) ?? [];
          if (occurrences.length < 5) occurrences.push({ file: name, line });
          missing.set(key, occurrences);
        }
      }
    }
    rows.set(name, count);
  }
  if (missing.size > 0) await checkDatabase(driver, database, missing, log);
  log.errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { rows, errors: log.errors, errorCount: log.count, repeatedPairs };
}
