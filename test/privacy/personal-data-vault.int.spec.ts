import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createPersonalDataVault,
  newSubjectId,
  SealedDataInvalid,
  type PersonalDataVault,
} from '../../services/privacy/personal-data-vault.js';
import { createSqliteSubjectKeyStore, type SubjectKeyStore } from '../../services/privacy/subject-key-store.js';

const jozef = {
  name: 'Józef Żółkiewski',
  email: 'jozef@example.pl',
  phone: '+48 85 123 45 67',
  address: 'ul. Źródlana 5, 15-001 Białystok',
};

/** Replaces one base64url character of the given part (1 iv, 2 tag, 3 ciphertext) with another. */
function tamper(sealed: string, part: number): string {
  const parts = sealed.split('.');
  const target = parts[part]!;
  parts[part] = (target[0] === 'A' ? 'B' : 'A') + target.slice(1);
  return parts.join('.');
}

describe('personal data vault', () => {
  let keys: SubjectKeyStore;
  let vault: PersonalDataVault;
  beforeEach(() => {
    keys = createSqliteSubjectKeyStore({ file: ':memory:' });
    vault = createPersonalDataVault(keys);
  });
  afterEach(() => keys.close());

  it('opens what it sealed, diacritics included', () => {
    const subject = newSubjectId();
    expect(vault.open(subject, vault.seal(subject, jozef))).toEqual(jozef);
  });

  it('seals into v1.<iv>.<tag>.<ciphertext> without the clear text, differently each time', () => {
    const subject = newSubjectId();
    const sealed = vault.seal(subject, jozef);
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    for (const clear of ['Józef', 'Zolkiewski', 'Żółkiewski', 'Białystok', 'example.pl']) expect(sealed).not.toContain(clear);
    expect(Buffer.from(sealed.split('.')[3]!, 'base64url').toString('latin1')).not.toContain('Zó');
    expect(vault.seal(subject, jozef)).not.toBe(sealed);
  });

  it.each([
    [1, 'iv'],
    [2, 'tag'],
    [3, 'ciphertext'],
  ])('refuses a sealed value whose %s (%s) was altered', (part) => {
    const subject = newSubjectId();
    const sealed = vault.seal(subject, jozef);
    expect(() => vault.open(subject, tamper(sealed, part))).toThrow(SealedDataInvalid);
  });

  it.each(['', 'v1.abc', 'v2.a.b.c', 'v1.a.b.c.d'])('refuses %j as not in the v1 format', (sealed) => {
    expect(() => vault.open(newSubjectId(), sealed)).toThrow(/not in the v1 format/);
  });

  it('binds the sealed value to its subject: moved to another subject, it does not open', () => {
    const [anna, jan] = [newSubjectId(), newSubjectId()];
    keys.createKey(jan);
    expect(() => vault.open(jan, vault.seal(anna, jozef))).toThrow(/belongs to another subject/);
  });

  it('refuses a moved value even under the same key: the subject id is authenticated data', () => {
    const [anna, jan] = [newSubjectId(), newSubjectId()];
    const annaKey = keys.createKey(anna);
    // A store that (wrongly) hands Jan the same key as Anna: only the additional data tells them apart.
    const sameKeyVault = createPersonalDataVault({ ...keys, getKey: () => annaKey });
    const sealed = sameKeyVault.seal(anna, jozef);
    expect(sameKeyVault.open(anna, sealed)).toEqual(jozef);
    expect(() => sameKeyVault.open(jan, sealed)).toThrow(SealedDataInvalid);
  });

  it('shows ERASED once the key is deleted, and keeps other subjects readable', () => {
    const [erased, kept] = [newSubjectId(), newSubjectId()];
    const sealedErased = vault.seal(erased, jozef);
    const sealedKept = vault.seal(kept, { name: 'Anna Nowak' });
    expect(keys.deleteKey(erased)).toBe(true);
    expect(vault.open(erased, sealedErased)).toBe('ERASED');
    expect(vault.open(kept, sealedKept)).toEqual({ name: 'Anna Nowak' });
  });

  it('refuses to open data whose key was never in this store, rather than calling it erased', () => {
    const sealed = vault.seal(newSubjectId(), jozef);
    expect(() => vault.open(newSubjectId(), sealed)).toThrow(/no erasure recorded/);
  });

  it('validates what it seals', () => {
    expect(() => vault.seal(newSubjectId(), { name: '' })).toThrow();
    expect(() => vault.seal(newSubjectId(), { name: 'Anna', email: 'not an e-mail' })).toThrow();
  });

  it('seals any JSON checked by its schema (e.g. equality-monitoring answers)', () => {
    const Answers = z.array(z.object({ dimension: z.string(), value: z.string() }));
    const subject = newSubjectId();
    const answers = [{ dimension: 'firstLanguage', value: 'śląski' }];
    const sealed = vault.sealJson(subject, Answers, answers);
    expect(vault.openJson(subject, Answers, sealed)).toEqual(answers);
    keys.deleteKey(subject);
    expect(vault.openJson(subject, Answers, sealed)).toBe('ERASED');
  });

  it('given a value opened before, when the key is deleted, then the remembered value is not given out again', () => {
    const subject = newSubjectId();
    const sealed = vault.seal(subject, jozef);
    expect(vault.open(subject, sealed)).toEqual(jozef);
    keys.deleteKey(subject);
    expect(vault.open(subject, sealed)).toBe('ERASED');
  });

  it('hands out opened values that no reader can change for the next one', () => {
    const subject = newSubjectId();
    const sealed = vault.seal(subject, jozef);
    const first = vault.open(subject, sealed) as { name: string };
    expect(() => {
      first.name = 'ktoś inny';
    }).toThrow(TypeError);
    expect(vault.open(subject, sealed)).toEqual(jozef);
  });

  it('given a value remembered for one subject, when the same sealed text is opened as another subject, then it is refused', () => {
    const [owner, other] = [newSubjectId(), newSubjectId()];
    keys.createKey(other);
    const sealed = vault.seal(owner, jozef);
    expect(vault.open(owner, sealed)).toEqual(jozef);
    expect(() => vault.open(other, sealed)).toThrow(SealedDataInvalid);
  });
});
