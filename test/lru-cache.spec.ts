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
