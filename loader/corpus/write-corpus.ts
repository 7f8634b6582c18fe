// Writes a corpus as bulk files, one per label and per type, in CSV or JSON Lines: the loader's input format.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { csvLine } from '../csv.ts';
import { type BulkFile, columnsOf, type FileFormat, fileName, LIST_SEPARATOR } from '../model.ts';
import type { Corpus, Row, Value } from './corpus.ts';

function csvField(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

function jsonRow(row: Row): string {
  // An empty list is left out, as in CSV, where it cannot be told apart from no value at all.
  const present = Object.entries(row).filter(
    ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return `${JSON.stringify(Object.fromEntries(present))}\n`;
}

async function writeFile(path: string, file: BulkFile, rows: readonly Row[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const columns = columnsOf(file);
  let buffer = file.format === 'csv' ? csvLine(columns) : '';
  for (const row of rows) {
    buffer += file.format === 'csv' ? csvLine(columns.map((column) => csvField(row[column]))) : jsonRow(row);
    // Writing in ~1 MB pieces keeps a million rows from becoming one giant string.
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Returns the file names written, nodes first. */
export async function writeCorpus(corpus: Corpus, dir: string, format: FileFormat): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [kind, groups] of [
    ['nodes', corpus.nodes],
    ['rels', corpus.rels],
  ] as const) {
    for (const [name, rows] of Object.entries(groups)) {
      const file: BulkFile = { kind, name, format };
      await writeFile(join(dir, fileName(file)), file, rows);
      written.push(fileName(file));
    }
  }
  return written;
}
