// Streams the records of one CSV or JSON Lines bulk file, each with its line, or the reason it is unreadable.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import { type BulkFile, columnsOf } from './model.ts';

export interface FileRecord {
  line: number;
  record?: Record<string, unknown>;
  /** Set when the line cannot be read as a record at all (bad JSON, wrong field count, bad header). */
  error?: string;
}

const HIGH_WATER = 1 << 20;

async function* csvRecords(path: string, file: BulkFile): AsyncGenerator<FileRecord> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: HIGH_WATER });
  let header: string[] | undefined;
  try {
    for await (const { line, fields } of parseCsv(stream)) {
      if (!header) {
        header = fields.map((field, index) => (index === 0 ? field.replace(/^\uFEFF/, '') : field).trim());
        const known = columnsOf(file);
        const required = file.kind === 'nodes' ? ['id'] : ['from', 'to'];
        const problems = [
          ...header.filter((column) => !known.includes(column)).map((c) => `unknown column ${c}`),
          ...required.filter((column) => !header?.includes(column)).map((c) => `missing column ${c}`),
        ];
        if (problems.length) {
          yield { line, error: `header: ${problems.join('; ')} (columns: ${known.join(', ')})` };
          return;
        }
        continue;
      }
      if (fields.length !== header.length) {
        yield { line, error: `expected ${header.length} fields as in the header, got ${fields.length}` };
        continue;
      }
      const record: Record<string, unknown> = {};
      header.forEach((column, index) => {
        record[column] = fields[index];
      });
      yield { line, record };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) yield { line: error.line, error: error.message };
    else throw error;
  } finally {
    stream.destroy();
  }
}

async function* jsonlRecords(path: string): AsyncGenerator<FileRecord> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: HIGH_WATER });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          yield { line, error: 'expected a JSON object' };
        } else {
          yield { line, record: value as Record<string, unknown> };
        }
      } catch (error) {
        yield { line, error: `invalid JSON: ${(error as Error).message}` };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

export function readRecords(path: string, file: BulkFile): AsyncGenerator<FileRecord> {
  return file.format === 'csv' ? csvRecords(path, file) : jsonlRecords(path);
}
