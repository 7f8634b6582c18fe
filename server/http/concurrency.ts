// A concurrency limit with its own bounded queue: slow work waits here instead of taking every
// connection of the driver's pool, and a full queue answers 503 at once.
import type { Response } from 'express';
import { HttpError } from './errors.ts';

/** A client that hung up while its request waited; nobody reads the answer, the log shows 499. */
const clientGone = (): HttpError =>
  new HttpError(499, 'client_closed_request', 'The client went away while the request waited.');

export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
    readonly name: string,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once a slot is free; throws 503 when the queue is full. A waiter
   * whose signal aborts leaves the queue, so clients that gave up never hold a place or a slot.
   */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) throw clientGone();
    if (this.running >= this.maxConcurrent) {
      if (this.waiting.length >= this.maxQueued) {
        throw new HttpError(503, 'busy', `Too many ${this.name} requests are running; try again shortly.`, {
          maxConcurrent: this.maxConcurrent,
          maxQueued: this.maxQueued,
          retryAfterSeconds: 1,
        });
      }
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const index = this.waiting.indexOf(wake);
          if (index === -1) return; // already woken: the slot is ours and is released below
          this.waiting.splice(index, 1);
          reject(clientGone());
        };
        const wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(wake);
      });
    } else {
      this.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
      if (next) next();
      else this.running--;
    };
  }

  /**
   * Runs the work in a slot held until the work itself ends — not when the client hangs up, since the
   * query would go on running in the database and the limit would no longer bound it.
   */
  async run<T>(res: Response, work: () => Promise<T>): Promise<T> {
    const gone = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) gone.abort();
    };
    res.once('close', onClose);
    let release: (() => void) | undefined;
    try {
      release = await this.acquire(gone.signal);
      if (gone.signal.aborted) throw clientGone();
      return await work();
    } finally {
      res.off('close', onClose);
      release?.();
    }
  }
}
