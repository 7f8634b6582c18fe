// Unit tests for the byte-bounded LRU the result cache keeps its answers in.
import { describe, expect, it } from 'vitest';
import { ByteLru } from '../../../server/cache/byte-lru.ts';

const value = (bytes: number) => ({ bytes });

describe('ByteLru', () => {
  it('evicts the least recently used entries once the bytes exceed the bound', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', value(40));
    lru.set('b', value(40));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('c', value(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
    expect(lru.evictions).toBe(1);
  });

  it('refuses a value larger than the whole bound and counts a replaced key once', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    expect(lru.set('big', value(101))).toBe(false);
    expect(lru.size).toBe(0);
    lru.set('a', value(30));
    lru.set('a', value(50));
    expect(lru.bytes).toBe(50);
    expect(lru.size).toBe(1);
  });

  it('drops the entries a predicate refuses, and their bytes', () => {
    const lru = new ByteLru<{ bytes: number; version: string }>(100);
    lru.set('a', { bytes: 10, version: 'v1' });
    lru.set('b', { bytes: 20, version: 'v2' });
    lru.set('c', { bytes: 30, version: 'v1' });
    lru.retain((entry) => entry.version === 'v2');
    expect([lru.size, lru.bytes, lru.evictions]).toEqual([1, 20, 0]);
    expect(lru.get('b')).toBeDefined();
  });
});
