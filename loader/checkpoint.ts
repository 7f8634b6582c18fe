// The resume record: how many batches of each file are committed, valid only for the same files and database.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface Checkpoint {
  version: 1;
  /** `uri/database`: a checkpoint never resumes a load into another database. */
  target: string;
  batchSize: number;
  /** Node files are cut into batches of their own size. */
  nodeBatchSize: number;
  stamps: Record<string, FileStamp>;
  /** Committed batches per file name; a file missing here has none. */
  committed: Record<string, number>;
}

export async function stampOf(path: string): Promise<FileStamp> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

function sameStamps(a: Record<string, FileStamp>, b: Record<string, FileStamp>): boolean {
  const names = Object.keys(a);
  return (
    names.length === Object.keys(b).length &&
    names.every((name) => a[name]?.size === b[name]?.size && a[name]?.mtimeMs === b[name]?.mtimeMs)
  );
}

/**
 * Returns the checkpoint to resume from, or a fresh one when there is none or it belongs to other files,
 * another database or another batch size (batch numbers would then mean other rows).
 */
export async function openCheckpoint(
  path: string,
  fresh: Omit<Checkpoint, 'committed' | 'version'>,
): Promise<{ checkpoint: Checkpoint; resumed: boolean }> {
  const empty: Checkpoint = { version: 1, ...fresh, committed: {} };
  let saved: Checkpoint;
  try {
    saved = JSON.parse(await readFile(path, 'utf8')) as Checkpoint;
  } catch {
    return { checkpoint: empty, resumed: false };
  }
  const matches =
    saved.version === 1 &&
    saved.target === fresh.target &&
    saved.batchSize === fresh.batchSize &&
    saved.nodeBatchSize === fresh.nodeBatchSize &&
    sameStamps(saved.stamps, fresh.stamps);
  return matches ? { checkpoint: saved, resumed: true } : { checkpoint: empty, resumed: false };
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a checkpoint. */
export async function saveCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, JSON.stringify(checkpoint));
  await rename(temporary, path);
}

export async function removeCheckpoint(path: string): Promise<void> {
  await rm(path, { force: true });
}
