// Node and edge keys on the wire, built in one place for the server, the exporters and the client.

/** A node's key: `Label:id`, e.g. `Person:donald-trump`. Ids are unique per label only. */
export function formatNodeKey(label: string, id: string): string {
  return `${label}:${id}`;
}

/** A relationship's key: `TYPE:source->target`, e.g. `ATTENDED:Person:donald-trump->Meeting:…`. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** The n-th relationship of one type between the same two nodes (n ≥ 2) keeps a key of its own. */
export function parallelEdgeKey(base: string, n: number): string {
  return n < 2 ? base : `${base}#${n}`;
}

/** Remembers the keys given so far and suffixes repeats: `…`, `…#2`, `…#3`. */
export class EdgeKeys {
  private readonly seen = new Map<string, number>();

  next(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return parallelEdgeKey(base, n);
  }
}
