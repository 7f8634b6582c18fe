// Single flight for misses: requests for a key whose answer is already being read from the database wait for
// that read instead of starting their own, so N concurrent misses for one key cost one query and one
// serialisation. A request that arrived before the read's handler started takes its answer as it is (the
// queries began after it arrived, as its own would have); one that arrived later takes it only once the version
// check after it proves it as new as the request (see `result-cache.ts`), and otherwise reads on its own.

interface Deferred<E> {
  promise: Promise<E | undefined>;
  resolve: (entry: E | undefined) => void;
}

function deferred<E>(): Deferred<E> {
  let resolve: (entry: E | undefined) => void = () => undefined;
  const promise = new Promise<E | undefined>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

interface Flight<E> {
  /** Gathering until the handler starts; running until the answer is sent. */
  running: boolean;
  /** Whether a check can prove the answer current for requests that arrive while it runs. */
  checkable: boolean;
  answer: Deferred<E>;
  checked: Deferred<E>;
}

export interface FlightHandle<E> {
  /** The handler starts: from now on only a check can cover a request that joins. */
  start: () => void;
  /** The answer was sent (undefined: not one that may be shared); no one may join any more. */
  answered: (entry: E | undefined) => void;
  /** The answer if the check after it proved it current for those who joined while it ran, else undefined. */
  checked: (entry: E | undefined) => void;
}

export class MissFlights<E> {
  private readonly open = new Map<string, Flight<E>>();

  /** What a request arriving now would wait for, or undefined if it may not join the key's flight. */
  joinable(key: string): Promise<E | undefined> | undefined {
    const flight = this.open.get(key);
    if (!flight) return undefined;
    if (!flight.running) return flight.answer.promise;
    return flight.checkable ? flight.checked.promise : undefined;
  }

  /** A leader's flight for `key`. Each step may be called more than once; only the first counts. */
  lead(key: string, checkable: boolean): FlightHandle<E> {
    const flight: Flight<E> = { running: false, checkable, answer: deferred(), checked: deferred() };
    this.open.set(key, flight);
    const close = () => {
      if (this.open.get(key) === flight) this.open.delete(key);
    };
    return {
      start: () => {
        flight.running = true;
        if (!checkable) close();
      },
      answered: (entry) => {
        close();
        flight.answer.resolve(entry);
        if (!entry) flight.checked.resolve(undefined);
      },
      checked: (entry) => {
        close();
        flight.checked.resolve(entry);
      },
    };
  }
}
