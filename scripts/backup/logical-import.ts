// Restores a logical backup into an EMPTY database: the schema first, then the nodes and then the
// relationships in batches (one transaction each), then checks every count against the manifest.
import { join } from 'node:path';
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { cypherFile } from '../../server/db/cypher-files.ts';
import { labelsFragment, quoteName } from './cypher-names.ts';
import { readSchema } from './logical-export.ts';
import type { LogicalManifest } from './manifest.ts';
import { hashNdjson, readNdjson } from './ndjson.ts';
import { decodeProperties, type TypedJson } from './typed-values.ts';

const query = (name: string) => cypherFile(import.meta.url, `./queries/${name}.cypher`);
const countGraph = query('count-graph');
const countLabel = query('count-label');
const countType = query('count-type');
const createRestoreIndex = query('create-restore-index');
const dropRestoreIndex = query('drop-restore-index');
const awaitIndexes = query('await-indexes');
const createNodes = query('create-nodes');
const createRelationships = query('create-relationships');
const clearRestoreMarks = query('clear-restore-marks');

interface NodeLine {
  id: string;
  labels: string[];
  properties: Record<string, TypedJson>;
}

interface RelationshipLine {
  from: string;
  to: string;
  type: string;
  properties: Record<string, TypedJson>;
}

export interface ImportOptions {
  driver: Driver;
  database: string;
  batchSize: number;
  log: (line: string) => void;
}

const count = (value: unknown): number =>
  neo4j.isInt(value) ? (value as Integer).toNumber() : Number(value);

/** Refuses a target that holds anything: a restore adds to nothing, so it can never mix two graphs. */
export async function requireEmpty(driver: Driver, database: string): Promise<void> {
  const result = await driver.executeQuery(countGraph.fill(), {}, { database });
  const nodes = count(result.records[0]?.get('nodes'));
  if (nodes > 0) {
    throw new Error(
      `the target database "${database}" is not empty (${nodes} nodes); restore only into an empty database`,
    );
  }
}

/** Each file's lines and hash against the manifest, before anything is written. */
async function verifyFiles(dir: string, manifest: LogicalManifest): Promise<void> {
  for (const file of [manifest.files.nodes, manifest.files.relationships]) {
    const found = await hashNdjson(join(dir, file.file));
    if (found.lines !== file.lines || found.sha256 !== file.sha256) {
      throw new Error(`${file.file} does not match the manifest (damaged or edited): restore refused`);
    }
  }
}

/** 'node' or 'relationship' for a token-lookup index's statement, '' for any other. */
function lookupKind(statement: string): string {
  if (!/^CREATE LOOKUP INDEX/i.test(statement)) return '';
  return /FOR \(\w*\) ON/i.test(statement) ? 'node' : 'relationship';
}

/** Creates the backup's constraints and indexes, skipping names (and token-lookup indexes) already there. */
async function applySchema(
  { driver, database, log }: ImportOptions,
  manifest: LogicalManifest,
): Promise<void> {
  const existing = await readSchema(driver, database);
  const names = new Set(existing.map((item) => item.name));
  // An empty database has its own token-lookup indexes (one for nodes, one for relationships): Neo4j allows
  // only one of each, so the backup's are skipped when the target has that kind already.
  const lookupKinds = new Set(existing.map((item) => lookupKind(item.createStatement)).filter(Boolean));
  let created = 0;
  for (const item of manifest.schema) {
    if (names.has(item.name) || lookupKinds.has(lookupKind(item.createStatement))) continue;
    await driver.executeQuery(item.createStatement, {}, { database });
    created += 1;
  }
  log(`Schema: ${created} constraints and indexes created (${manifest.schema.length} in the backup).`);
}

async function writeBatch(driver: Driver, database: string, work: [string, unknown[]][]): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      let created = 0;
      for (const [text, rows] of work) {
        const result = await tx.run(text, { rows });
        created += count(result.records[0]?.get('created'));
      }
      return created;
    });
  } finally {
    await session.close();
  }
}

/** Reads a file in batches; each batch, grouped by label set or type, is written in one transaction. */
async function loadInBatches<T>(
  path: string,
  options: ImportOptions,
  group: (line: T) => { text: string; row: unknown },
  what: string,
): Promise<number> {
  const { driver, database, batchSize, log } = options;
  let written = 0;
  let batch = new Map<string, unknown[]>();
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const created = await writeBatch(driver, database, [...batch.entries()]);
    if (created !== size) {
      throw new Error(
        `${what}: a batch of ${size} created ${created} (an endpoint missing from the backup?)`,
      );
    }
    if (Math.floor((written + size) / 100_000) > Math.floor(written / 100_000))
      log(`  ${written + size} ${what}…`);
    written += size;
    batch = new Map();
    size = 0;
  };
  for await (const line of readNdjson<T>(path)) {
    const { text, row } = group(line);
    const rows = batch.get(text) ?? [];
    rows.push(row);
    batch.set(text, rows);
    size += 1;
    if (size >= batchSize) await flush();
  }
  await flush();
  return written;
}

/** Every label's and type's count in the database against the manifest; a difference fails the restore. */
async function verifyCounts({ driver, database }: ImportOptions, manifest: LogicalManifest): Promise<void> {
  const differences: string[] = [];
  for (const [label, expected] of Object.entries(manifest.labels)) {
    const result = await driver.executeQuery(countLabel.fill({ label: quoteName(label) }), {}, { database });
    const found = count(result.records[0]?.get('count'));
    if (found !== expected) differences.push(`${label} ${found} (backup ${expected})`);
  }
  for (const [type, expected] of Object.entries(manifest.types)) {
    const result = await driver.executeQuery(countType.fill({ type: quoteName(type) }), {}, { database });
    const found = count(result.records[0]?.get('count'));
    if (found !== expected) differences.push(`${type} ${found} (backup ${expected})`);
  }
  const totals = await driver.executeQuery(countGraph.fill(), {}, { database });
  const nodes = count(totals.records[0]?.get('nodes'));
  const relationships = count(totals.records[0]?.get('relationships'));
  if (nodes !== manifest.nodes) differences.push(`nodes ${nodes} (backup ${manifest.nodes})`);
  if (relationships !== manifest.relationships) {
    differences.push(`relationships ${relationships} (backup ${manifest.relationships})`);
  }
  if (differences.length > 0) throw new Error(`the restored counts differ: ${differences.join(', ')}`);
}

export interface ImportReport {
  nodes: number;
  relationships: number;
}

export async function importLogical(
  dir: string,
  manifest: LogicalManifest,
  options: ImportOptions,
): Promise<ImportReport> {
  const { driver, database, log } = options;
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  await verifyFiles(dir, manifest);
  await requireEmpty(driver, database);
  await applySchema(options, manifest);
  log(`Schema applied (${elapsed()}).`);
  await driver.executeQuery(createRestoreIndex.fill(), {}, { database });
  await driver.executeQuery(awaitIndexes.fill(), {}, { database });
  const nodes = await loadInBatches<NodeLine>(
    join(dir, manifest.files.nodes.file),
    options,
    (line) => ({
      text: createNodes.fill({ labels: labelsFragment(line.labels) }),
      row: { id: line.id, properties: decodeProperties(line.properties) },
    }),
    'nodes',
  );
  log(`Nodes: ${nodes} (${elapsed()}).`);
  const relationships = await loadInBatches<RelationshipLine>(
    join(dir, manifest.files.relationships.file),
    options,
    (line) => ({
      text: createRelationships.fill({ type: quoteName(line.type) }),
      row: { from: line.from, to: line.to, properties: decodeProperties(line.properties) },
    }),
    'relationships',
  );
  log(`Relationships: ${relationships} (${elapsed()}).`);
  for (;;) {
    const result = await driver.executeQuery(
      clearRestoreMarks.fill(),
      { limit: neo4j.int(10_000) },
      { database },
    );
    if (count(result.records[0]?.get('cleared')) === 0) break;
  }
  await driver.executeQuery(dropRestoreIndex.fill(), {}, { database });
  await driver.executeQuery(awaitIndexes.fill(), {}, { database });
  await verifyCounts(options, manifest);
  return { nodes, relationships };
}
