// Gzipped newline-delimited JSON: a writer that respects back-pressure and hashes what it writes, and a
// reader that yields one parsed line at a time, so neither side holds a whole graph in memory.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

export interface WrittenFile {
  file: string;
  lines: number;
  /** sha256 of the uncompressed lines, so a re-compressed copy still verifies. */
  sha256: string;
}

export class NdjsonWriter {
  private readonly gzip = createGzip();
  private readonly out;
  private readonly hash = createHash('sha256');
  private lines = 0;

  /** Writes to `path.tmp`; `close()` renames it into place, so a file that exists is a whole file. */
  constructor(
    private readonly path: string,
    private readonly name: string,
  ) {
    this.out = createWriteStream(`${path}.tmp`, { flags: 'wx' });
    this.gzip.pipe(this.out);
  }

  async write(value: unknown): Promise<void> {
    const line = `${JSON.stringify(value)}\n`;
    this.hash.update(line);
    this.lines += 1;
    if (!this.gzip.write(line)) await once(this.gzip, 'drain');
  }

  async close(): Promise<WrittenFile> {
    this.gzip.end();
    await once(this.out, 'close');
    renameSync(`${this.path}.tmp`, this.path);
    return { file: this.name, lines: this.lines, sha256: this.hash.digest('hex') };
  }

  /** Leaves no temporary file behind after a failure. */
  abort(): void {
    this.gzip.destroy();
    this.out.destroy();
    rmSync(`${this.path}.tmp`, { force: true });
  }
}

/** Every line of a gzipped NDJSON file, parsed; the hash of the lines read is in `digest` once done. */
export async function* readNdjson<T>(path: string, digest?: { sha256?: string }): AsyncGenerator<T> {
  const hash = createHash('sha256');
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    hash.update(`${line}\n`);
    yield JSON.parse(line) as T;
  }
  if (digest) digest.sha256 = hash.digest('hex');
}

/** Reads a file through once to check its hash before anything is written to the database. */
export async function hashNdjson(path: string): Promise<{ lines: number; sha256: string }> {
  const digest: { sha256?: string } = {};
  let lines = 0;
  for await (const _ of readNdjson(path, digest)) lines += 1;
  return { lines, sha256: digest.sha256 ?? '' };
}
