// CLI: npm run bulk-load -- <dir> [--batch-size 10000] loads bulk files into the configured Neo4j (NEO4J_URI or the local one).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BulkValidationError, DEFAULT_BATCH_SIZE, loadDirectory } from '../loader/loader.ts';
import { ProgressBar } from '../loader/progress.ts';
import { bumpGraphVersionAlone } from '../server/cache/graph-version.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, waitForDatabase } from '../server/db/driver.ts';
import { integerOption, parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run bulk-load -- <dir> [--batch-size ${DEFAULT_BATCH_SIZE}] [--checkpoint file]
  Validates every bulk file in <dir> (one per label and relationship type, CSV or JSON Lines), then loads
  them in batches into the configured Neo4j. Ctrl-C stops after the batch in flight; running the same
  command again resumes from the checkpoint.`;

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      checkpoint: { type: 'string' },
    },
  });
  const [dir, ...extra] = positionals;
  if (!dir) throw new UsageError('no directory given');
  if (extra.length > 0) throw new UsageError(`one directory only, not also "${extra.join(' ')}"`);
  const batchSize = integerOption('batch-size', values['batch-size'], 1);
  // Checked before connecting, so a mistyped path fails at once rather than after waiting for Neo4j.
  const found = await stat(resolve(dir)).catch(() => undefined);
  if (!found?.isDirectory()) throw new Error(`no such directory: ${dir}`);

  const config = loadConfig();
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

runCli({ name: 'bulk-load', usage: USAGE }, main);
