// A concurrency limit with its own bounded queue: slow work waits here instead of taking every
// connection of the driver's pool, and a full queue answers 503 at once.
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

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

  /** Resolves with a release function once a slot is free; throws 503 when the queue is full. */
  async acquire(): Promise<() => void> {
    if (this.running >= this.maxConcurrent) {
      if (this.waiting.length >= this.maxQueued) {
        throw new HttpError(503, 'busy', `Too many ${this.name} requests are running; try again shortly.`, {
          maxConcurrent: this.maxConcurrent,
          maxQueued: this.maxQueued,
          retryAfterSeconds: 1,
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
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

  /** Middleware form: holds a slot until the response is finished or the client goes away. */
  middleware(): RequestHandler {
    return async (_req, res, next) => {
      const release = await this.acquire();
      res.once('finish', release);
      res.once('close', release);
      next();
    };
  }
}
