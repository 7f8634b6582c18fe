// The bulk loader: validate every file, apply the schema, then MERGE batch by batch with a checkpoint to resume from.
import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { type Checkpoint, openCheckpoint, removeCheckpoint, saveCheckpoint, stampOf } from './checkpoint.ts';
import { discoverFiles, type FoundFile, type RowError } from './discover.ts';
import type { ProgressState } from './progress.ts';
import {
  createNodesQuery,
  createRelationshipsQuery,
  mergeNodesQuery,
  mergeRelationshipsQuery,
} from './queries.ts';
import { readRecords } from './read-file.ts';
import { applySchema } from './schema.ts';
import { type NodeRow, type RelRow, validateNode, validateRelationship } from './validate.ts';
import { validateFiles } from './validate-files.ts';
import { chooseWriteModes, type WriteMode } from './write-mode.ts';

export interface LoadOptions {
  database?: string;
  /** Relationship rows per transaction; 10 000 kept the heap small and the rate at its best in bench/import. */
  batchSize?: number;
  /** Node rows per transaction: a node batch writes no relationship chains, so it can be bigger. */
  nodeBatchSize?: number;
  /** Batches written at once (each in its own transaction); deadlocks between them are retried. */
  concurrency?: number;
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
  files: { name: string; rows: number; skippedRows: number; mode: WriteMode }[];
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
export const DEFAULT_NODE_BATCH_SIZE = 25_000;
export const DEFAULT_CONCURRENCY = 2;

/** The row as the queries read it: `{id, …props}` / `{from, to, …props}` (merge-nodes reads `row.props`). */
function nodeParams(rows: NodeRow[], mode: WriteMode): (NodeRow | Record<string, unknown>)[] {
  return mode === 'merge' ? rows : rows.map(({ id, props }) => ({ ...props, id }));
}

async function writeBatch(
  tx: ManagedTransaction,
  found: FoundFile,
  mode: WriteMode,
  rows: (NodeRow | RelRow)[],
): Promise<void> {
  if (found.file.kind === 'nodes') {
    const query = mode === 'create' ? createNodesQuery(found.file.name) : mergeNodesQuery(found.file.name);
    await tx.run(query, { rows: nodeParams(rows as NodeRow[], mode) });
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
  const build = mode === 'create' ? createRelationshipsQuery : mergeRelationshipsQuery;
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const params = group.map(({ from, to, props }) => ({ ...props, from, to }));
    await tx.run(build(found.file.name, first.fromLabel, first.toLabel), { rows: params });
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

interface Job {
  found: FoundFile;
  index: number;
  rows: (NodeRow | RelRow)[];
}

/** Counts a file's committed batches; with several in flight, only an unbroken run from the first is recorded. */
class CommitLog {
  private readonly pending = new Map<string, Set<number>>();
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly checkpoint: Checkpoint,
  ) {}

  committed(file: string): number {
    return this.checkpoint.committed[file] ?? 0;
  }

  /** Resolves once the checkpoint on disk says so; saves are chained, so two never race for the file. */
  record(file: string, index: number): Promise<void> {
    const pending = this.pending.get(file) ?? new Set<number>();
    this.pending.set(file, pending.add(index));
    let prefix = this.committed(file);
    while (pending.delete(prefix + 1)) prefix++;
    this.checkpoint.committed[file] = prefix;
    this.saving = this.saving.then(() => saveCheckpoint(this.path, this.checkpoint));
    return this.saving;
  }
}

export async function loadDirectory(
  driver: Driver,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const nodeBatchSize = options.nodeBatchSize ?? DEFAULT_NODE_BATCH_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const checkpointPath = options.checkpointPath ?? join(dir, '.bulk-load.checkpoint.json');
  const log = options.log ?? (() => {});
  const progress = options.onProgress ?? (() => {});

  const validateStart = performance.now();
  const { files, errors: fileErrors } = await discoverFiles(dir);
  if (fileErrors.length) throw new BulkValidationError(fileErrors, fileErrors.length);
  if (files.length === 0)
    throw new Error(`${dir} holds no bulk files (<Label>.nodes.csv, <TYPE>.rels.csv, .jsonl)`);
  // Constraints and indexes (data-free, idempotent) are created while Node reads the files: Neo4j's work
  // on them overlaps the validation pass instead of following it.
  const schema = applySchema(driver, database);
  // Awaited below on every path; until then a failure must not count as unhandled.
  schema.catch(() => {});
  const total = { file: '', done: 0 };
  const validation = await validateFiles(driver, database, files, (file, rows) => {
    if (rows % 10_000 === 0)
      progress({ phase: 'validate', file, done: total.done + rows, total: 0, batches: 0 });
  }).catch(async (error: unknown) => {
    await schema.catch(() => undefined);
    throw error;
  });
  if (validation.errorCount) {
    await schema.catch(() => undefined);
    throw new BulkValidationError(validation.errors, validation.errorCount);
  }
  const validateMs = performance.now() - validateStart;
  const totalRows = [...validation.rows.values()].reduce((sum, rows) => sum + rows, 0);
  log(`validated ${files.length} files, ${totalRows} rows in ${Math.round(validateMs)} ms`);

  await schema;
  const modes = await chooseWriteModes(driver, database, files, validation.repeatedPairs);

  const loadStart = performance.now();
  const stamps = Object.fromEntries(
    await Promise.all(files.map(async (f) => [f.name, await stampOf(f.path)] as const)),
  );
  const { checkpoint, resumed } = await openCheckpoint(checkpointPath, {
    target: `${options.target ?? ''}/${database}`,
    batchSize,
    nodeBatchSize,
    stamps,
  });
  if (resumed) log(`resuming from ${checkpointPath}`);
  const committedBefore = { ...checkpoint.committed };
  const commits = new CommitLog(checkpointPath, checkpoint);
  const report: LoadReport = { files: [], rows: 0, batches: 0, resumed, validateMs, loadMs: 0 };
  let done = 0;
  // Starts the load's clock in the progress bar, so the first batch's rate is not measured from zero.
  progress({ phase: 'load', file: files[0]?.name ?? '', done: 0, total: totalRows, batches: 0 });

  async function* jobsOf(phase: readonly FoundFile[]): AsyncGenerator<Job> {
    for (const found of phase) {
      const size = found.file.kind === 'nodes' ? nodeBatchSize : batchSize;
      const committed = commits.committed(found.name);
      let index = 0;
      for await (const rows of readAhead(batchesOf(found, size))) {
        index++;
        // Committed batches are skipped; the rows are still read, which is cheap next to writing them.
        if (index <= committed) {
          done += rows.length;
          continue;
        }
        yield { found, index, rows };
      }
    }
  }

  /** `concurrency` writers share one stream of batches; the first failure stops them all. */
  async function runPhase(phase: readonly FoundFile[]): Promise<void> {
    const jobs = jobsOf(phase);
    let failure: { error: unknown } | undefined;
    const writer = async (): Promise<void> => {
      const session = driver.session({ database });
      try {
        while (!failure) {
          const next = await jobs.next();
          if (next.done || failure) return;
          if (options.signal?.aborted) throw options.signal.reason ?? new Error('load aborted');
          const { found, index, rows } = next.value;
          const mode = modes.get(found.name) ?? 'merge';
          await session.executeWrite((tx) => writeBatch(tx, found, mode, rows));
          await commits.record(found.name, index);
          done += rows.length;
          report.batches++;
          progress({ phase: 'load', file: found.name, done, total: totalRows, batches: report.batches });
        }
      } catch (error) {
        failure ??= { error };
      } finally {
        await session.close();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, writer));
    await jobs.return(undefined);
    if (failure) throw failure.error;
  }

  // Relationships MATCH their endpoints, so every node batch is committed before the first of them.
  await runPhase(files.filter((found) => found.file.kind === 'nodes'));
  await runPhase(files.filter((found) => found.file.kind === 'rels'));
  for (const found of files) {
    const rows = validation.rows.get(found.name) ?? 0;
    const size = found.file.kind === 'nodes' ? nodeBatchSize : batchSize;
    const skippedRows = Math.min(rows, (committedBefore[found.name] ?? 0) * size);
    report.files.push({ name: found.name, rows, skippedRows, mode: modes.get(found.name) ?? 'merge' });
    report.rows += rows;
  }
  await removeCheckpoint(checkpointPath);
  report.loadMs = performance.now() - loadStart;
  return report;
}
