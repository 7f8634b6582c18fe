// The backup's table of contents, written last (temp file, then rename): its presence marks a whole backup.
// It says which kind of backup the folder holds, what was counted when it was taken and each file's hash.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WrittenFile } from './ndjson.ts';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'actorgraph-backup/1';

export interface SchemaItem {
  name: string;
  kind: 'constraint' | 'index';
  /** The statement `SHOW CONSTRAINTS` / `SHOW INDEXES` gives as `createStatement`. */
  createStatement: string;
}

interface ManifestBase {
  format: typeof FORMAT;
  createdAt: string;
  database: string;
}

export interface LogicalManifest extends ManifestBase {
  kind: 'logical';
  source: string;
  neo4jVersion: string;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  schema: SchemaItem[];
  files: { nodes: WrittenFile; relationships: WrittenFile };
}

export interface DumpManifest extends ManifestBase {
  kind: 'dump';
  neo4jVersion: string;
  file: string;
  bytes: number;
  sha256: string;
}

export type Manifest = LogicalManifest | DumpManifest;

export function writeManifest(dir: string, manifest: Manifest): void {
  const path = join(dir, MANIFEST);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  renameSync(`${path}.tmp`, path);
}

export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path))
    throw new Error(`${dir} holds no backup (no ${MANIFEST}; an interrupted backup leaves none)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
  if (manifest.format !== FORMAT || (manifest.kind !== 'logical' && manifest.kind !== 'dump')) {
    throw new Error(`${path} is not an actorgraph backup manifest (format ${String(manifest.format)})`);
  }
  return manifest as Manifest;
}
