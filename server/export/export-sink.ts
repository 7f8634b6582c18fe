// Writes export chunks to the response as they are made, waiting for the socket to drain between them.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type Sink = (chunk: string) => Promise<void>;

export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection.');
  }
}

export function streamSink(out: Writable): Sink {
  return async (chunk) => {
    if (out.destroyed || out.writableEnded) throw new ClientGone();
    if (!out.write(chunk)) {
      await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (out.destroyed) throw new ClientGone();
    }
  };
}

/** Collects chunks in memory: for tests and the command line's small exports to stdout. */
export function memorySink(): { sink: Sink; text: () => string } {
  const parts: string[] = [];
  return { sink: async (chunk) => void parts.push(chunk), text: () => parts.join('') };
}
