import { describe, expect, it } from 'vitest';
import { currentParams, hashPassword, needsRehash, verifyPassword } from '../../services/accounts/password-hash.js';

describe('password hashing (scrypt)', () => {
  const password = 'Zażółć gęślą jaźń 2026';

  it('stores the parameters N=2^15, r=8, p=1, a 16-byte salt and the key with each hash', async () => {
    const hash = await hashPassword(password);
    const [scheme, params, salt, key] = hash.split('$');
    expect(scheme).toBe('scrypt');
    expect(params).toBe('N=32768,r=8,p=1');
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(hash).not.toContain(password);
  });

  it('verifies the right password and refuses any other', async () => {
    const hash = await hashPassword(password);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword('Zazolc gesla jazn 2026', hash)).toBe(false);
    expect(await verifyPassword(`${password} `, hash)).toBe(false);
  });

  it('salts every hash afresh: the same password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(password, b)).toBe(true);
  });

  it('takes a Polish letter typed decomposed (z + combining dot) for the same letter typed whole', async () => {
    const composed = 'źdźbło trawy, pięć';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('keeps verifying hashes made with older, weaker parameters, and says they should be redone', async () => {
    const weak = await hashPassword(password, { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword(password, weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword(password))).toBe(false);
    expect(currentParams.N).toBeGreaterThanOrEqual(2 ** 15);
  });

  it('refuses a stored value that is not a scrypt hash, rather than letting anything in', async () => {
    await expect(verifyPassword(password, 'plain-text')).rejects.toThrow(/not in the scrypt/);
  });
});
