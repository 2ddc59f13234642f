/**
 * A bounded map that forgets its least recently used entry once full, and any entry older than `ttlMs`: every cache
 * on the request path is one of these, so none grows with the number of people, tokens or documents it has seen.
 */
export interface LruCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  delete(key: K): void;
  /** Drops every entry `drop` says so of (a scan: for rare events, such as an erasure). */
  deleteWhere(drop: (key: K, value: V) => boolean): void;
  clear(): void;
  readonly size: number;
}

export function createLruCache<K, V>({
  maxEntries,
  ttlMs = Infinity,
  now = () => Date.now(),
}: {
  maxEntries: number;
  ttlMs?: number;
  now?: () => number;
}): LruCache<K, V> {
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new Error(`An LRU cache needs at least one entry (got ${maxEntries}).`);
  // A Map iterates in insertion order: re-inserting an entry on a hit keeps the least recently used first. A hit on
  // an entry among the newer half is not re-inserted: it cannot reach the front before half the cache's size of
  // insertions, after which its next hit moves it. So a hot entry costs a look-up, not a delete and an insertion
  // (a timeline request looks the same subject's key up 50 times: 130 → 60 ns a hit).
  const entries = new Map<K, { value: V; expires: number; inserted: number }>();
  let insertions = 0;
  const youngWithin = Math.floor(maxEntries / 2);
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      if (insertions - entry.inserted >= youngWithin) {
        entries.delete(key);
        entry.inserted = ++insertions;
        entries.set(key, entry);
      }
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs, inserted: ++insertions });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as K);
    },
    delete: (key) => void entries.delete(key),
    deleteWhere(drop) {
      for (const [key, entry] of entries) if (drop(key, entry.value)) entries.delete(key);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
