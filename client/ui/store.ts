// A minimal observable store: one per state concern, updated only through pure next-state functions.
export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(produce: (current: T) => T): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  const set = (next: T): void => {
    if (Object.is(next, state)) return;
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  return {
    get: () => state,
    set,
    update: (produce) => set(produce(state)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
