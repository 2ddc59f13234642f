import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SubjectErased } from '../../services/errors.js';
import { createPersonalDataVault, newSubjectId } from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore, type SubjectKeyStore } from '../../services/privacy/subject-key-store.js';

describe('sqlite subject key store (file)', () => {
  let dir: string;
  let file: string;
  const open: SubjectKeyStore[] = [];
  const openStore = () => {
    const store = createSqliteSubjectKeyStore({ file });
    open.push(store);
    return store;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'subject-keys-'));
    file = join(dir, 'keys.sqlite');
  });
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a 32-byte key once and returns the same key afterwards', () => {
    const store = openStore();
    const subject = newSubjectId();
    const key = store.createKey(subject);
    expect(key).toHaveLength(32);
    expect(store.createKey(subject).equals(key)).toBe(true);
    expect(store.getKey(subject)?.equals(key)).toBe(true);
    expect(store.createKey(newSubjectId()).equals(key)).toBe(false);
  });

  it('returns null for a subject without a key', () => {
    expect(openStore().getKey(newSubjectId())).toBeNull();
  });

  it('keeps keys across a reopen of the file, so sealed data stays readable', () => {
    const subject = newSubjectId();
    const first = openStore();
    const sealed = createPersonalDataVault(first).seal(subject, { name: 'Józef Żółkiewski' });
    first.close();
    open.splice(0);
    expect(createPersonalDataVault(openStore()).open(subject, sealed)).toEqual({ name: 'Józef Żółkiewski' });
  });

  it('records the erasure, also across a reopen, and keeps the first date on a repeated request', () => {
    const subject = newSubjectId();
    const store = openStore();
    store.createKey(subject);
    expect(store.erasedAt(subject)).toBeNull();
    expect(store.deleteKey(subject)).toBe(true);
    const erasedAt = store.erasedAt(subject);
    expect(erasedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(store.deleteKey(subject)).toBe(false);
    store.close();
    open.splice(0);
    const reopened = openStore();
    expect(reopened.getKey(subject)).toBeNull();
    expect(reopened.erasedAt(subject)).toBe(erasedAt);
  });

  it('refuses a new key for an erased subject', () => {
    const store = openStore();
    const subject = newSubjectId();
    store.createKey(subject);
    store.deleteKey(subject);
    expect(() => store.createKey(subject)).toThrow(SubjectErased);
  });

  it('leaves no copy of an erased key in the database files, even while the store stays open', () => {
    const store = openStore();
    const subject = newSubjectId();
    const key = store.createKey(subject);
    store.createKey(newSubjectId());
    store.deleteKey(subject);
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).includes(key), name).toBe(false);
    }
  });

  it('given a key one process remembers, when another process sharing the file erases it, then forget makes the first see it gone', () => {
    const [here, replica] = [openStore(), openStore()];
    const vault = createPersonalDataVault(here);
    const subject = newSubjectId();
    const sealed = vault.seal(subject, { name: 'Łucja Wróblewska' });
    expect(vault.open(subject, sealed)).toEqual({ name: 'Łucja Wróblewska' });
    replica.deleteKey(subject);
    // Its SubjectDataErased event reaches this process, which then forgets the key and the opened values.
    vault.forget(subject);
    expect(vault.open(subject, sealed)).toBe('ERASED');
  });

  it('remembers at most the number of keys it is given, and still finds the others in the file', () => {
    const store = createSqliteSubjectKeyStore({ file, cachedKeys: 2 });
    open.push(store);
    const subjects = [newSubjectId(), newSubjectId(), newSubjectId()];
    const keys = subjects.map((s) => store.createKey(s));
    subjects.forEach((s, i) => expect(store.getKey(s)?.equals(keys[i]!)).toBe(true));
  });
});
