// The fastest first load of an empty bundled Neo4j: validate as the online loader does, write admin-import
// CSVs in the same pass, run `neo4j-admin database import full` on the stopped store, start, then add the schema.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import type { Neo4jConnection } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { countGraph } from '../../server/seed/seed-loader.ts';
import { discoverFiles } from '../discover.ts';
import { BulkValidationError } from '../loader.ts';
import type { ProgressState } from '../progress.ts';
import { applySchema } from '../schema.ts';
import type { NodeRow, RelRow } from '../validate.ts';
import { validateFiles } from '../validate-files.ts';
import { AdminCsvWriter } from './admin-csv.ts';
import { runAdminImport } from './admin-import.ts';

export interface OfflineTarget {
  /** The bundled Neo4j, stopped: the importer writes its store files directly. */
  server: LocalNeo4j;
  connection: Neo4jConnection;
}

export interface OfflineOptions {
  /** Where the admin-import CSVs are written (and removed afterwards); a temporary directory by default. */
  workDir?: string;
  /** Leaves the server running after the schema is in (the bench reads the graph next). */
  keepRunning?: boolean;
  onProgress?: (state: ProgressState) => void;
  log?: (line: string) => void;
}

export interface OfflineReport {
  nodes: number;
  relationships: number;
  validateMs: number;
  importMs: number;
  /** Starting the server and building constraints, indexes and the full-text index over the data. */
  schemaMs: number;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** The bundled Neo4j of this home is running (its pid file names a live Neo4j server process). */
export function bundledNeo4jRunning(homeDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(homeDir, 'run', 'actorgraph-neo4j.pid'), 'utf8'));
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes(ENTRY_POINT) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Nodes in the database: 0 without asking when its store was never created (a configured but unstarted
 * instance, or a store deleted for a fresh start); otherwise the server is started, asked, and stopped.
 */
async function nodesInStore(target: OfflineTarget): Promise<number> {
  const { homeDir } = target.server;
  const configured = existsSync(join(homeDir, 'conf', 'neo4j.conf'));
  if (configured && !existsSync(join(homeDir, 'data', 'databases', target.connection.database))) return 0;
  await target.server.start();
  const driver = createDriver(target.connection);
  try {
    return total((await countGraph(driver, target.connection.database)).nodes);
  } finally {
    await driver.close();
    await target.server.stop();
  }
}

export async function offlineLoad(
  dir: string,
  target: OfflineTarget,
  options: OfflineOptions = {},
): Promise<OfflineReport> {
  const log = options.log ?? (() => {});
  const progress = options.onProgress ?? (() => {});
  const { database } = target.connection;

  const existing = await nodesInStore(target);
  if (existing > 0) {
    throw new Error(
      `the bundled database holds ${existing} nodes; --offline only fills an empty one (load without --offline to add to it)`,
    );
  }

  const validateStart = performance.now();
  const { files, errors: fileErrors } = await discoverFiles(dir);
  if (fileErrors.length) throw new BulkValidationError(fileErrors, fileErrors.length);
  if (files.length === 0)
    throw new Error(`${dir} holds no bulk files (<Label>.nodes.csv, <TYPE>.rels.csv, .jsonl)`);
  const workDir = options.workDir ?? (await mkdtemp(join(tmpdir(), 'actorgraph-offline-')));
  try {
    const writer = new AdminCsvWriter(workDir);
    let done = 0;
    // The same validation as the online load, with no database to look endpoints up in: each must be in a
    // node file. Valid rows are written as admin-import CSVs in the same pass, so the files are read once.
    const validation = await validateFiles(
      undefined,
      database,
      files,
      (file) => {
        if (++done % 10_000 === 0) progress({ phase: 'validate', file, done, total: 0, batches: 0 });
      },
      (found, row) =>
        found.file.kind === 'nodes'
          ? writer.node(found.file.name, row as NodeRow)
          : writer.relationship(found.file.name, row as RelRow),
    );
    const input = await writer.finish();
    if (validation.errorCount) throw new BulkValidationError(validation.errors, validation.errorCount);
    const validateMs = performance.now() - validateStart;
    log(`validated ${files.length} files, ${done} rows in ${Math.round(validateMs)} ms; importing`);

    const importStart = performance.now();
    await runAdminImport(input, {
      homeDir: target.server.homeDir,
      database,
      reportFile: join(workDir, 'import.report'),
      log,
    });
    const importMs = performance.now() - importStart;

    const schemaStart = performance.now();
    await target.server.start();
    const driver = createDriver(target.connection);
    try {
      await applySchema(driver, database);
      const counts = await countGraph(driver, database);
      return {
        nodes: total(counts.nodes),
        relationships: total(counts.relationships),
        validateMs,
        importMs,
        schemaMs: performance.now() - schemaStart,
      };
    } finally {
      await driver.close();
      if (!options.keepRunning) await target.server.stop();
    }
  } finally {
    if (!options.workDir) await rm(workDir, { recursive: true, force: true });
  }
}
