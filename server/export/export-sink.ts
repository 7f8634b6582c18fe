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
