// A least-recently-used map bounded by the bytes of its values (a Map keeps insertion order: a hit is
// re-inserted at the end, eviction takes from the front).
export interface Sized {
  bytes: number;
}

export class ByteLru<V extends Sized> {
  private readonly entries = new Map<string, V>();
  private used = 0;
  evictions = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` unless it alone exceeds the bound; evicts the least recently used until it fits. */
  set(key: string, value: V): boolean {
    this.delete(key);
    if (value.bytes > this.maxBytes) return false;
    this.entries.set(key, value);
    this.used += value.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= old.bytes;
      this.evictions += 1;
    }
    return true;
  }

  /** Drops every entry `keep` refuses (deleting while a Map is iterated is safe). */
  retain(keep: (value: V) => boolean): void {
    for (const [key, value] of this.entries) if (!keep(value)) this.delete(key);
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.used -= value.bytes;
  }
}
