// Single flight for misses: requests for a key whose answer is already being read from the database wait for
// that read instead of starting their own, so N concurrent misses for one key cost one query and one
// serialisation. A waiting request is handed the shared answer only if the version check after it proves the
// answer as new as the request (see `result-cache.ts`); otherwise it reads on its own.

interface Flight<E> {
  outcome: Promise<E | undefined>;
  settle: (entry: E | undefined) => void;
}

export interface FlightHandle<E> {
  /** The answer has been sent: requests arriving from now on are not covered by its check and may not join. */
  close: () => void;
  /** The shared answer if its check proved it current for every request that joined, else undefined. */
  settle: (entry: E | undefined) => void;
}

export class MissFlights<E> {
  private readonly open = new Map<string, Flight<E>>();

  /** The outcome of the flight a request arriving now may join: one whose answer has not been sent yet. */
  joinable(key: string): Promise<E | undefined> | undefined {
    return this.open.get(key)?.outcome;
  }

  /** A leader's flight for `key`. Closing and settling more than once does nothing. */
  lead(key: string): FlightHandle<E> {
    let settle: (entry: E | undefined) => void = () => undefined;
    const outcome = new Promise<E | undefined>((resolve) => {
      settle = resolve;
    });
    const flight: Flight<E> = { outcome, settle };
    this.open.set(key, flight);
    const close = () => {
      if (this.open.get(key) === flight) this.open.delete(key);
    };
    return {
      close,
      settle: (entry) => {
        close();
        flight.settle(entry);
      },
    };
  }
}
