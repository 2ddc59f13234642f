import { describe, expect, it } from 'vitest';
import { createLruCache } from '../services/lru-cache.js';

describe('a bounded cache (LRU)', () => {
  it('given it is full, when one more entry comes, then the least recently used one goes', () => {
    const cache = createLruCache<string, number>({ maxEntries: 2 });
    cache.set('żółw', 1);
    cache.set('łoś', 2);
    expect(cache.get('żółw')).toBe(1);
    cache.set('jeż', 3);
    expect([cache.get('żółw'), cache.get('łoś'), cache.get('jeż')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('given the oldest entry is read, when the cache overflows, then the next oldest goes instead', () => {
    const cache = createLruCache<string, number>({ maxEntries: 4 });
    for (const [n, key] of ['ala', 'ola', 'ela', 'iza'].entries()) cache.set(key, n);
    expect(cache.get('ala')).toBe(0);
    cache.set('żaneta', 4);
    expect(['ala', 'ola', 'ela', 'iza', 'żaneta'].map((key) => cache.get(key))).toEqual([0, undefined, 2, 3, 4]);
  });

  it('given an entry read often, then it outlives any number of entries read once', () => {
    const cache = createLruCache<string, string>({ maxEntries: 10 });
    cache.set('klucz Jana Kowalskiego', 'często czytany');
    for (let n = 0; n < 1000; n++) {
      cache.set(`jednorazowy ${n}`, 'raz');
      // Read about as often as the timeline reads a key, relative to the new entries: here once every 5 of them.
      if (n % 5 === 0) expect(cache.get('klucz Jana Kowalskiego')).toBe('często czytany');
    }
    expect(cache.size).toBe(10);
  });

  it('given an entry older than its time to live, then it is gone', () => {
    let now = 0;
    const cache = createLruCache<string, number>({ maxEntries: 10, ttlMs: 1000, now: () => now });
    cache.set('klucz', 7);
    now = 999;
    expect(cache.get('klucz')).toBe(7);
    now = 1000;
    expect(cache.get('klucz')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops on request what a predicate names, and nothing else', () => {
    const cache = createLruCache<string, { subject: string }>({ maxEntries: 10 });
    cache.set('a', { subject: 'Ala' });
    cache.set('b', { subject: 'Ola' });
    cache.set('c', { subject: 'Ala' });
    cache.deleteWhere((_key, value) => value.subject === 'Ala');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, { subject: 'Ola' }, undefined]);
  });

  it('refuses to be made without room for one entry', () => {
    expect(() => createLruCache({ maxEntries: 0 })).toThrow(/at least one entry/);
  });
});
