// The bulk loader against a real, private Neo4j: exact counts, idempotence, bad rows, and resuming an interrupted load.
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../loader/corpus/corpus.ts';
import { generateCorpus } from '../../loader/corpus/generate.ts';
import { writeCorpus } from '../../loader/corpus/write-corpus.ts';
import { BulkValidationError, loadDirectory } from '../../loader/loader.ts';
import { offlineLoad } from '../../loader/offline/offline-load.ts';
import { applySchema } from '../../loader/schema.ts';
import { createDriver } from '../../server/db/driver.ts';
import { countGraph } from '../../server/seed/seed-loader.ts';
import { fingerprint } from '../support/database.ts';
import { startLocalTestNeo4j } from '../support/test-database.ts';

// A private database: the suite's shared one holds the seed graph that other tests compare whole.
let local: Awaited<ReturnType<typeof startLocalTestNeo4j>>;
let driver: Driver;
let work: string;
const corpus = generateCorpus({ relationships: 4_000, seed: 42 });

async function wipe(): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

beforeAll(async () => {
  local = await startLocalTestNeo4j();
  driver = createDriver(local.connection);
  work = await mkdtemp(join(tmpdir(), 'actorgraph-bulk-'));
  await writeCorpus(corpus, join(work, 'csv'), 'csv');
  await writeCorpus(corpus, join(work, 'jsonl'), 'jsonl');
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await local?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('loadDirectory', () => {
  let loaded: Awaited<ReturnType<typeof fingerprint>>;

  it('loads a generated corpus with exactly the counts of the generator', async () => {
    await wipe();
    const report = await loadDirectory(driver, join(work, 'csv'), { batchSize: 1_000 });
    expect(report.resumed).toBe(false);
    expect(await countGraph(driver)).toEqual({
      nodes: countRows(corpus.nodes),
      relationships: countRows(corpus.rels),
    });
    loaded = await fingerprint(driver);
    expect(loaded.relationships).toBe(4_000);
    // The loader derives each dated meeting's spanDays (loader/model.ts), as the seed and publishing do.
    const spans = async () =>
      (
        await driver.executeQuery(
          `MATCH (m:Meeting) WHERE m.dateFrom IS NOT NULL
           RETURN count(m) AS dated, max(m.spanDays) AS longest,
             count(CASE WHEN m.spanDays = duration.inDays(m.dateFrom, m.dateTo).days THEN 1 END) AS right`,
        )
      ).records[0]?.toObject();
    const written = await spans();
    expect(Number(written?.dated)).toBeGreaterThan(0);
    expect(Number(written?.right)).toBe(Number(written?.dated));
    expect(Number(written?.longest)).toBeGreaterThan(0);
    // A database loaded before spanDays existed gets it from the schema's migration, exactly as loaded.
    await driver.executeQuery('MATCH (m:Meeting) REMOVE m.spanDays');
    await applySchema(driver, 'neo4j');
    expect(await fingerprint(driver)).toEqual(loaded);
  });

  it('changes nothing when the same files are loaded again', async () => {
    await loadDirectory(driver, join(work, 'csv'), { batchSize: 1_000 });
    expect(await fingerprint(driver)).toEqual(loaded);
  });

  it('gives the same graph from JSON Lines as from CSV', async () => {
    await wipe();
    await loadDirectory(driver, join(work, 'jsonl'), { batchSize: 1_000 });
    expect(await fingerprint(driver)).toEqual(loaded);
  });

  it('reports a bad row with its file and line, and loads nothing at all', async () => {
    await wipe();
    const dir = join(work, 'bad');
    await cp(join(work, 'csv'), dir, { recursive: true });
    const path = join(dir, 'Meeting.nodes.csv');
    const lines = (await readFile(path, 'utf8')).split('\n');
    // Line 6 of the file (the header is line 1) gets a date that does not exist.
    const fields = (lines[5] ?? '').split(',');
    fields[2] = '2025-02-30';
    lines[5] = fields.join(',');
    await writeFile(path, lines.join('\n'));
    // As many fields as the header has: only the endpoint is wrong.
    const attendedColumns = (await readFile(join(dir, 'ATTENDED.rels.csv'), 'utf8'))
      .split('\n')[0]
      ?.split(',');
    const dangling = ['Person:nobody-at-all', 'Meeting:syn-meeting-0'];
    const padding = ','.repeat((attendedColumns?.length ?? 2) - dangling.length);
    await appendFile(join(dir, 'ATTENDED.rels.csv'), `${dangling.join(',')}${padding}\n`);
    const attempt = loadDirectory(driver, dir);
    await expect(attempt).rejects.toBeInstanceOf(BulkValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as BulkValidationError;
    const attendedLines = (await readFile(join(dir, 'ATTENDED.rels.csv'), 'utf8'))
      .trimEnd()
      .split('\n').length;
    expect(error.errors).toEqual([
      {
        file: 'ATTENDED.rels.csv',
        line: attendedLines,
        message: expect.stringMatching(/Person:nobody-at-all/),
      },
      {
        file: 'Meeting.nodes.csv',
        line: 6,
        message: expect.stringMatching(/date: expected a real calendar date/),
      },
    ]);
    expect(error.message).toMatch(/Meeting\.nodes\.csv:6: date/);
    expect((await fingerprint(driver)).nodes).toBe(0);
  });

  it('resumes an interrupted load to the same final state', async () => {
    await wipe();
    const checkpointPath = join(work, 'checkpoint.json');
    const controller = new AbortController();
    const interrupted = loadDirectory(driver, join(work, 'csv'), {
      batchSize: 500,
      checkpointPath,
      signal: controller.signal,
      onProgress: (state) => {
        if (state.phase === 'load' && state.batches === 7) controller.abort(new Error('stop here'));
      },
    });
    await expect(interrupted).rejects.toThrow('stop here');
    const partial = await fingerprint(driver);
    expect(partial.nodes + partial.relationships).toBeGreaterThan(0);
    expect(partial.relationships).toBeLessThan(4_000);
    const checkpoint = JSON.parse(await readFile(checkpointPath, 'utf8')) as {
      committed: Record<string, number>;
    };
    // Two batches are written at once: the one beside the 7th may commit too, and is recorded.
    const committed = Object.values(checkpoint.committed).reduce((sum, n) => sum + n, 0);
    expect(committed).toBeGreaterThanOrEqual(7);
    expect(committed).toBeLessThanOrEqual(8);

    const resumed = await loadDirectory(driver, join(work, 'csv'), { batchSize: 500, checkpointPath });
    expect(resumed.resumed).toBe(true);
    expect(resumed.batches).toBeLessThan(resumed.files.length + 4_000 / 500 + 5);
    expect(await fingerprint(driver)).toEqual(loaded);
    await expect(readFile(checkpointPath)).rejects.toThrow();
  });

  it('imports offline with neo4j-admin to the same graph and schema, and only into an empty store', async () => {
    const indexes = async () =>
      (await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name')).records.map((r) =>
        r.get('name'),
      );
    const onlineIndexes = await indexes();
    const target = { server: local.server, connection: local.connection };
    await local.server.stop();
    await expect(offlineLoad(join(work, 'csv'), target)).rejects.toThrow(
      /holds \d+ nodes; --offline only fills an empty one/,
    );
    // A deleted store is what an unstarted instance has: nothing to check, nothing to overwrite.
    const data = join(local.server.homeDir, 'data');
    await rm(join(data, 'databases', 'neo4j'), { recursive: true, force: true });
    await rm(join(data, 'transactions', 'neo4j'), { recursive: true, force: true });
    const report = await offlineLoad(join(work, 'csv'), target, { keepRunning: true });
    const nodes = Object.values(countRows(corpus.nodes)).reduce((sum, n) => sum + n, 0);
    expect(report).toMatchObject({ nodes, relationships: 4_000 });
    // A new driver: the old one's bookmarks name transactions of the store the import replaced.
    await driver.close();
    driver = createDriver(local.connection);
    expect(await fingerprint(driver)).toEqual(loaded);
    expect(await indexes()).toEqual(onlineIndexes);
  }, 600_000);
});
