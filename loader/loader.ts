// The bulk loader: validate every file, apply the schema, then MERGE batch by batch with a checkpoint to resume from.
import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { openCheckpoint, removeCheckpoint, saveCheckpoint, stampOf } from './checkpoint.ts';
import { discoverFiles, type FoundFile, type RowError } from './discover.ts';
import type { ProgressState } from './progress.ts';
import { mergeNodesQuery, mergeRelationshipsQuery } from './queries.ts';
import { readRecords } from './read-file.ts';
import { applySchema } from './schema.ts';
import { type NodeRow, type RelRow, validateNode, validateRelationship } from './validate.ts';
import { validateFiles } from './validate-files.ts';

export interface LoadOptions {
  database?: string;
  /** Rows per transaction; 10 000 kept the heap small and the rate at its best in bench/import. */
  batchSize?: number;
  /** Where the resume record lives; `<dir>/.bulk-load.checkpoint.json` by default. */
  checkpointPath?: string;
  /** Stops between batches (after saving the checkpoint); running the load again resumes it. */
  signal?: AbortSignal;
  onProgress?: (state: ProgressState) => void;
  /** Names the server (e.g. its URI) in the checkpoint, so a resume never targets another one. */
  target?: string;
  log?: (line: string) => void;
}

export interface LoadReport {
  files: { name: string; rows: number; skippedRows: number }[];
  rows: number;
  batches: number;
  resumed: boolean;
  validateMs: number;
  loadMs: number;
}

export class BulkValidationError extends Error {
  constructor(
    readonly errors: RowError[],
    readonly errorCount: number,
  ) {
    const shown = errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n');
    super(`${errorCount} bad row(s); nothing was loaded.\n${shown}`);
    this.name = 'BulkValidationError';
  }
}

export const DEFAULT_BATCH_SIZE = 10_000;

async function writeBatch(
  tx: ManagedTransaction,
  found: FoundFile,
  rows: (NodeRow | RelRow)[],
): Promise<void> {
  if (found.file.kind === 'nodes') {
    await tx.run(mergeNodesQuery(found.file.name), { rows });
    return;
  }
  // One query per endpoint-label pair, so every MATCH can use that label's id constraint.
  const groups = new Map<string, RelRow[]>();
  for (const row of rows as RelRow[]) {
    const key = `${row.fromLabel}:${row.toLabel}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const params = group.map(({ from, to, props }) => ({ from, to, props }));
    await tx.run(mergeRelationshipsQuery(found.file.name, first.fromLabel, first.toLabel), { rows: params });
  }
}

async function* batchesOf(found: FoundFile, size: number): AsyncGenerator<(NodeRow | RelRow)[]> {
  let batch: (NodeRow | RelRow)[] = [];
  for await (const { record } of readRecords(found.path, found.file)) {
    if (!record) throw new Error(`${found.name} changed since it was validated`);
    const result =
      found.file.kind === 'nodes'
        ? validateNode(found.file, record)
        : validateRelationship(found.file, record);
    if (!result.ok) throw new Error(`${found.name} changed since it was validated`);
    batch.push(result.row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Reads and checks the next batch while the database writes the current one: Node's parsing then
 * overlaps Neo4j's work instead of adding to it.
 */
async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let pending = source.next();
  try {
    while (true) {
      const { value, done } = await pending;
      if (done) return;
      pending = source.next();
      // A read error surfaces when awaited below; until then it must not count as unhandled.
      pending.catch(() => {});
      yield value;
    }
  } finally {
    await pending.catch(() => undefined);
    await source.return(undefined);
  }
}

export async function loadDirectory(
  driver: Driver,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const checkpointPath = options.checkpointPath ?? join(dir, '.bulk-load.checkpoint.json');
  const log = options.log ?? (() => {});
  const progress = options.onProgress ?? (() => {});

  const validateStart = performance.now();
  const { files, errors: fileErrors } = await discoverFiles(dir);
  if (fileErrors.length) throw new BulkValidationError(fileErrors, fileErrors.length);
  if (files.length === 0)
    throw new Error(`${dir} holds no bulk files (<Label>.nodes.csv, <TYPE>.rels.csv, .jsonl)`);
  const total = { file: '', done: 0 };
  const validation = await validateFiles(driver, database, files, (file, rows) => {
    if (rows % 10_000 === 0)
      progress({ phase: 'validate', file, done: total.done + rows, total: 0, batches: 0 });
  });
  if (validation.errorCount) throw new BulkValidationError(validation.errors, validation.errorCount);
  const validateMs = performance.now() - validateStart;
  const totalRows = [...validation.rows.values()].reduce((sum, rows) => sum + rows, 0);
  log(`validated ${files.length} files, ${totalRows} rows in ${Math.round(validateMs)} ms`);

  await applySchema(driver, database);

  const loadStart = performance.now();
  const stamps = Object.fromEntries(
    await Promise.all(files.map(async (f) => [f.name, await stampOf(f.path)] as const)),
  );
  const { checkpoint, resumed } = await openCheckpoint(checkpointPath, {
    target: `${options.target ?? ''}/${database}`,
    batchSize,
    stamps,
  });
  if (resumed) log(`resuming from ${checkpointPath}`);
  const report: LoadReport = { files: [], rows: 0, batches: 0, resumed, validateMs, loadMs: 0 };
  const session = driver.session({ database });
  let done = 0;
  // Starts the load's clock in the progress bar, so the first batch's rate is not measured from zero.
  progress({ phase: 'load', file: files[0]?.name ?? '', done: 0, total: totalRows, batches: 0 });
  try {
    for (const found of files) {
      const rows = validation.rows.get(found.name) ?? 0;
      const committed = checkpoint.committed[found.name] ?? 0;
      let batchIndex = 0;
      for await (const batch of readAhead(batchesOf(found, batchSize))) {
        batchIndex++;
        done += batch.length;
        // Committed batches are skipped; the rows are still read, which is cheap next to writing them.
        if (batchIndex <= committed) continue;
        if (options.signal?.aborted) throw options.signal.reason ?? new Error('load aborted');
        await session.executeWrite((tx) => writeBatch(tx, found, batch));
        checkpoint.committed[found.name] = batchIndex;
        await saveCheckpoint(checkpointPath, checkpoint);
        report.batches++;
        progress({ phase: 'load', file: found.name, done, total: totalRows, batches: report.batches });
      }
      report.files.push({ name: found.name, rows, skippedRows: Math.min(rows, committed * batchSize) });
      report.rows += rows;
    }
  } finally {
    await session.close();
  }
  await removeCheckpoint(checkpointPath);
  report.loadMs = performance.now() - loadStart;
  return report;
}
