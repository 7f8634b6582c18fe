// Writes export chunks to a stream as they are made, waiting for it to drain between them.
import type { Writable } from 'node:stream';

export type Sink = (chunk: string | Uint8Array) => Promise<void>;

export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection.');
  }
}

/** Waits for 'drain' or 'close', removing both listeners after, so long exports do not pile them up. */
function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

export function streamSink(out: Writable): Sink {
  return async (chunk) => {
    if (out.destroyed || out.writableEnded) throw new ClientGone();
    if (!out.write(chunk)) {
      await drainedOrClosed(out);
      if (out.destroyed) throw new ClientGone();
    }
  };
}

/** Small writes joined into one of about this many characters. */
const BATCH_CHARS = 64 * 1024;
/** A batch is sent once it is this old, so a slow export still reaches the client as it is made. */
const BATCH_MAX_MS = 250;

export interface BatchedSink {
  write: Sink;
  /** Sends what is held; call before ending the stream. */
  flush: () => Promise<void>;
}

/**
 * Joins the writers' one-record chunks into writes of about 64 KiB: on a response each write is an HTTP chunk
 * and often a syscall of its own, which cost more than the record (issue 14's bench). The first chunk passes
 * at once, so the response (with its headers) starts before the first query runs, as it did unbatched.
 */
export function batchedSink(sink: Sink): BatchedSink {
  let held: string[] = [];
  let heldChars = 0;
  let heldSince = 0;
  let started = false;
  const flush = async () => {
    if (held.length === 0) return;
    const text = held.join('');
    held = [];
    heldChars = 0;
    await sink(text);
  };
  return {
    write: async (chunk) => {
      if (!started || typeof chunk !== 'string') {
        started = true;
        await flush();
        await sink(chunk);
        return;
      }
      if (held.length === 0) heldSince = Date.now();
      held.push(chunk);
      heldChars += chunk.length;
      if (heldChars >= BATCH_CHARS || Date.now() - heldSince >= BATCH_MAX_MS) await flush();
    },
    flush,
  };
}

/**
 * Writes each batch of items as one chunk, one line per item: a write is an await and, on a response, often a
 * syscall, so one per batch rather than per item (issue 14's profile).
 */
export async function writeLines<T>(
  batches: AsyncIterable<readonly T[]>,
  write: Sink,
  line: (item: T) => string,
): Promise<void> {
  for await (const batch of batches) {
    let text = '';
    for (const item of batch) text += line(item);
    await write(text);
  }
}
