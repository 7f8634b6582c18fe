// The logical backup of any Neo4j: every node and relationship with typed properties, streamed in one read
// transaction into gzipped NDJSON files, plus the schema and a manifest with counts and hashes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../../server/db/cypher-files.ts';
import { FORMAT, type LogicalManifest, type SchemaItem, writeManifest } from './manifest.ts';
import { NdjsonWriter } from './ndjson.ts';
import { encodeProperties } from './typed-values.ts';

const query = (name: string) => cypherFile(import.meta.url, `./queries/${name}.cypher`);
const exportNodes = query('export-nodes');
const exportRelationships = query('export-relationships');
const countGraph = query('count-graph');
const showConstraints = query('show-constraints');
const showIndexes = query('show-indexes');

export const NODES_FILE = 'nodes.ndjson.gz';
export const RELATIONSHIPS_FILE = 'relationships.ndjson.gz';

export interface ExportOptions {
  driver: Driver;
  database: string;
  /** Where the backup came from, for the manifest (the URI, never the password). */
  source: string;
  log: (line: string) => void;
}

/** The schema the server reports: constraints, then the indexes no constraint owns (full-text included). */
export async function readSchema(driver: Driver, database: string): Promise<SchemaItem[]> {
  const constraints = await driver.executeQuery(showConstraints.fill(), {}, { database });
  const indexes = await driver.executeQuery(showIndexes.fill(), {}, { database });
  return [
    ...constraints.records.map((record) => ({
      name: String(record.get('name')),
      kind: 'constraint' as const,
      createStatement: String(record.get('createStatement')),
    })),
    ...indexes.records.map((record) => ({
      name: String(record.get('name')),
      kind: 'index' as const,
      createStatement: String(record.get('createStatement')),
    })),
  ];
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Writes the backup into `dir` (which must be empty or new). Neo4j reads at read-committed isolation, so a
 * write during the backup could be half seen: the totals are counted again at the end of the same
 * transaction and a difference fails the backup ("run it again"), rather than keeping an inconsistent one.
 */
export async function exportLogical(dir: string, options: ExportOptions): Promise<LogicalManifest> {
  const { driver, database, log } = options;
  mkdirSync(dir, { recursive: true });
  const info = await driver.getServerInfo({ database });
  const schema = await readSchema(driver, database);
  const nodesOut = new NdjsonWriter(join(dir, NODES_FILE), NODES_FILE);
  const relationshipsOut = new NdjsonWriter(join(dir, RELATIONSHIPS_FILE), RELATIONSHIPS_FILE);
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 2_000 });
  const tx = await session.beginTransaction();
  try {
    const before = await tx.run(countGraph.fill());
    let nodes = 0;
    for await (const record of tx.run(exportNodes.fill())) {
      const nodeLabels = (record.get('labels') as string[]).slice().sort();
      for (const label of nodeLabels) bump(labels, label);
      await nodesOut.write({
        id: record.get('id'),
        labels: nodeLabels,
        properties: encodeProperties(record.get('properties')),
      });
      nodes += 1;
      if (nodes % 100_000 === 0) log(`  ${nodes} nodes…`);
    }
    let relationships = 0;
    for await (const record of tx.run(exportRelationships.fill())) {
      const type = String(record.get('type'));
      bump(types, type);
      await relationshipsOut.write({
        from: record.get('from'),
        to: record.get('to'),
        type,
        properties: encodeProperties(record.get('properties')),
      });
      relationships += 1;
      if (relationships % 100_000 === 0) log(`  ${relationships} relationships…`);
    }
    const after = await tx.run(countGraph.fill());
    const totals = (result: typeof after): string => {
      const record = result.records[0];
      return `${String(record?.get('nodes'))}/${String(record?.get('relationships'))}`;
    };
    if (totals(before) !== totals(after) || totals(after) !== `${nodes}/${relationships}`) {
      throw new Error(
        `the graph changed while it was being backed up (nodes/relationships ${totals(before)} at the start, ` +
          `${totals(after)} at the end, ${nodes}/${relationships} read); run the backup again when no one writes`,
      );
    }
    await tx.commit();
    const manifest: LogicalManifest = {
      format: FORMAT,
      kind: 'logical',
      createdAt: new Date().toISOString(),
      database,
      source: options.source,
      neo4jVersion: `${info.agent ?? 'Neo4j'}`,
      nodes,
      relationships,
      labels,
      types,
      schema,
      files: { nodes: await nodesOut.close(), relationships: await relationshipsOut.close() },
    };
    writeManifest(dir, manifest);
    return manifest;
  } catch (error) {
    nodesOut.abort();
    relationshipsOut.abort();
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
}
