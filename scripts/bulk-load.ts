// CLI: npm run bulk-load -- <dir> [--offline] loads bulk files into the configured Neo4j (NEO4J_URI or the local one).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  BulkValidationError,
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_NODE_BATCH_SIZE,
  loadDirectory,
} from '../loader/loader.ts';
import { bundledNeo4jRunning, offlineLoad } from '../loader/offline/offline-load.ts';
import { ProgressBar } from '../loader/progress.ts';
import { bumpGraphVersionAlone } from '../server/cache/graph-version.ts';
import { type AppConfig, loadConfig } from '../server/config.ts';
import { createDriver, waitForDatabase } from '../server/db/driver.ts';
import { integerOption, parseCommandLine, runCli, UsageError } from './cli.ts';
import { LocalNeo4j } from './local-neo4j/instance.ts';

const USAGE = `usage: npm run bulk-load -- <dir> [--batch-size ${DEFAULT_BATCH_SIZE}] [--node-batch-size ${DEFAULT_NODE_BATCH_SIZE}]
                               [--concurrency ${DEFAULT_CONCURRENCY}] [--checkpoint file]
       npm run bulk-load -- <dir> --offline
  Validates every bulk file in <dir> (one per label and relationship type, CSV or JSON Lines), then loads
  them in batches into the configured Neo4j, several batches at once. Ctrl-C stops after the batches in
  flight; running the same command again resumes from the checkpoint.

  --offline  the fastest first load, for an EMPTY bundled Neo4j only: after the same validation, Neo4j's own
             offline importer (neo4j-admin database import full) writes the store directly, then the
             server is started once to build the constraints, indexes and full-text index, and stopped.
             Stop the bundled Neo4j first (npm start / npm run neo4j -- start); refused for NEO4J_URI
             servers and for a database that holds any node. Not resumable: run it again from the start.`;

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      'node-batch-size': { type: 'string', default: String(DEFAULT_NODE_BATCH_SIZE) },
      concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
      checkpoint: { type: 'string' },
      offline: { type: 'boolean', default: false },
    },
  });
  const [dir, ...extra] = positionals;
  if (!dir) throw new UsageError('no directory given');
  if (extra.length > 0) throw new UsageError(`one directory only, not also "${extra.join(' ')}"`);
  const batchSize = integerOption('batch-size', values['batch-size'], 1);
  const nodeBatchSize = integerOption('node-batch-size', values['node-batch-size'], 1);
  const concurrency = integerOption('concurrency', values.concurrency, 1, 16);
  // Checked before connecting, so a mistyped path fails at once rather than after waiting for Neo4j.
  const found = await stat(resolve(dir)).catch(() => undefined);
  if (!found?.isDirectory()) throw new Error(`no such directory: ${dir}`);

  const config = loadConfig();
  if (values.offline) {
    await loadOffline(resolve(dir), config);
    return;
  }
  const driver = createDriver(config.neo4j);
  const bar = new ProgressBar();
  // Ctrl-C stops after the batch in flight; the checkpoint then lets the next run carry on from there.
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nstopping after the current batch…\n');
    controller.abort(new Error('interrupted'));
  });

  try {
    await waitForDatabase(driver, 10_000, config.neo4j.database);
    let phase = '';
    const report = await loadDirectory(driver, resolve(dir), {
      database: config.neo4j.database,
      target: config.neo4j.uri,
      batchSize,
      nodeBatchSize,
      concurrency,
      ...(values.checkpoint ? { checkpointPath: resolve(values.checkpoint) } : {}),
      signal: controller.signal,
      log: (line) => process.stderr.write(`${line}\n`),
      onProgress: (state) => {
        if (state.phase !== phase) {
          phase = state.phase;
          bar.restart();
        }
        bar.update(state);
      },
      // Batches commit one by one: the result caches' graph version moves once the load ends, however.
    }).finally(() => bumpGraphVersionAlone(driver, config.neo4j.database).catch(() => undefined));
    const rate = Math.round(report.rows / (report.loadMs / 1000));
    process.stderr.write('\n');
    console.log(
      `Loaded ${report.rows} rows from ${report.files.length} files in ${report.batches} batches ` +
        `(validation ${Math.round(report.validateMs)} ms, load ${Math.round(report.loadMs)} ms, ${rate} rows/s)` +
        (report.resumed ? ', resumed from a checkpoint.' : '.'),
    );
  } catch (error) {
    if (error instanceof BulkValidationError) {
      // The validation report lists every bad row, one per line: that is the point of it, so it is printed whole.
      console.error(error.message);
    } else if (controller.signal.aborted) {
      console.error('Interrupted. Committed batches are recorded; run the same command again to resume.');
    } else {
      throw error;
    }
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

/** The offline path: only the bundled Neo4j, stopped, with an empty database. */
async function loadOffline(dir: string, config: AppConfig): Promise<void> {
  if (config.externalNeo4j)
    throw new Error('--offline imports into the bundled Neo4j only; NEO4J_URI names another server');
  const server = new LocalNeo4j({
    ...config.localNeo4j,
    homeDir: config.localNeo4j.dataDir,
    password: config.neo4j.password,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const running = bundledNeo4jRunning(server.homeDir);
  if (running !== undefined)
    throw new Error(`the bundled Neo4j is running (pid ${running}); stop it first, then run --offline again`);
  const bar = new ProgressBar();
  try {
    const report = await offlineLoad(
      dir,
      { server, connection: config.neo4j },
      {
        log: (line) => process.stderr.write(`${line}\n`),
        onProgress: (state) => bar.update(state),
      },
    );
    const seconds = (report.validateMs + report.importMs + report.schemaMs) / 1000;
    console.log(
      `Imported ${report.nodes} nodes and ${report.relationships} relationships offline in ${seconds.toFixed(1)} s ` +
        `(validation ${(report.validateMs / 1000).toFixed(1)} s, neo4j-admin import ${(report.importMs / 1000).toFixed(1)} s, ` +
        `start and schema ${(report.schemaMs / 1000).toFixed(1)} s). The bundled Neo4j is stopped again.`,
    );
  } catch (error) {
    if (!(error instanceof BulkValidationError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

runCli({ name: 'bulk-load', usage: USAGE }, main);
