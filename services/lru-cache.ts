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
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recently used first.
  const entries = new Map<K, { value: V; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expires <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
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
