// Reads the export queries' records in arrays of a few hundred, one query after another: the rest of the export
// then takes one async step per batch, where a generator per row cost one or more per row.
import type { Record as Neo4jRecord, RecordShape, Result } from 'neo4j-driver';
import { type ReadContext, readSession } from '../db/read.ts';

/**
 * Records the driver asks for at a time: the database computes the next ones while the server writes the last;
 * the batches in flight stay a few MiB (issue 14's memory target). Each ask is a socket write of its own.
 */
const FETCH_SIZE = 1000;

type Streaming = Awaited<ReturnType<Result['_subscribe']>>;

/**
 * A result's records gathered into arrays as they arrive, one promise per array. The driver's `for await` costs
 * a few promises and generator steps per record (a tenth of an export's CPU with the garbage they leave, issue
 * 14's profile); its public `subscribe` cannot pause, so a slow client would let a whole export pile up here.
 * `_subscribe` (typed, documented as internal) hands back the stream's pause and resume: the read pauses while a
 * full array waits unread, and resumes when the writer takes it.
 */
class RecordArrays<Shape extends RecordShape> {
  private readonly waiting: Neo4jRecord<Shape>[][] = [];
  private filling: Neo4jRecord<Shape>[] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  private streaming: Streaming | undefined;
  private paused = true;

  constructor(
    private readonly result: Result<Shape>,
    private readonly size: number,
  ) {}

  async start(): Promise<void> {
    this.streaming = await this.result._subscribe(
      {
        onNext: (record) => this.add(record),
        onCompleted: () => this.end(),
        onError: (error) => {
          this.failure = { error };
          this.notify();
        },
      },
      true,
    );
    this.resume();
  }

  /** The next array of records, or undefined once the result has ended. */
  async next(): Promise<Neo4jRecord<Shape>[] | undefined> {
    while (this.waiting.length === 0 && !this.ended && !this.failure) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    const taken = this.waiting.shift();
    if (taken) {
      this.resume();
      return taken;
    }
    if (this.failure) throw this.failure.error;
    return undefined;
  }

  /** Stops a read whose records are no longer wanted. */
  cancel(): void {
    if (!this.ended) this.streaming?.cancel();
  }

  private add(record: Neo4jRecord<Shape>): void {
    this.filling.push(record);
    if (this.filling.length < this.size) return;
    this.waiting.push(this.filling);
    this.filling = [];
    if (!this.paused) {
      this.paused = true;
      this.streaming?.pause();
    }
    this.notify();
  }

  private end(): void {
    if (this.filling.length > 0) this.waiting.push(this.filling);
    this.filling = [];
    this.ended = true;
    this.notify();
  }

  private resume(): void {
    if (this.paused && this.waiting.length === 0 && !this.ended) {
      this.paused = false;
      this.streaming?.resume();
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

export async function* recordBatches<Shape extends RecordShape>(
  context: ReadContext,
  queries: readonly string[],
  params: Record<string, unknown>,
  timeoutMs: number,
  size: number,
): AsyncGenerator<Neo4jRecord<Shape>[]> {
  for (const query of queries) {
    const session = readSession(context, FETCH_SIZE);
    const arrays = new RecordArrays(session.run<Shape>(query, params, { timeout: timeoutMs }), size);
    try {
      await arrays.start();
      for (;;) {
        const batch = await arrays.next();
        if (!batch) break;
        yield batch;
      }
    } finally {
      arrays.cancel();
      await session.close();
    }
  }
}
