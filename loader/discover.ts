// Finds the bulk files in a directory and puts them in load order: every node file before any relationship file.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type BulkFile, nodeSpec, parseFileName, relationshipSpec } from './model.ts';

export interface FoundFile {
  /** The file's name in the directory, used in messages and as its key in the checkpoint. */
  name: string;
  path: string;
  file: BulkFile;
}

export interface RowError {
  file: string;
  /** 1-based line in the file; 0 when the problem is the file itself. */
  line: number;
  message: string;
}

export async function discoverFiles(dir: string): Promise<{ files: FoundFile[]; errors: RowError[] }> {
  const files: FoundFile[] = [];
  const errors: RowError[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!/\.(csv|jsonl)$/.test(name)) continue;
    const file = parseFileName(name);
    if (!file) {
      errors.push({
        file: name,
        line: 0,
        message: 'name must be <Label>.nodes.csv|jsonl or <TYPE>.rels.csv|jsonl',
      });
    } else if (file.kind === 'nodes' ? !nodeSpec(file.name) : !relationshipSpec(file.name)) {
      errors.push({
        file: name,
        line: 0,
        message: `${file.name} is not a ${file.kind === 'nodes' ? 'label' : 'type'} of the model`,
      });
    } else {
      files.push({ name, path: join(dir, name), file });
    }
  }
  // Relationships MATCH their endpoints, so all nodes must be in first.
  files.sort((a, b) =>
    a.file.kind === b.file.kind ? a.name.localeCompare(b.name) : a.file.kind === 'nodes' ? -1 : 1,
  );
  return { files, errors };
}
