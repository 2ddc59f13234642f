import { describe, expect, it } from 'vitest';
import { newSubjectId, PersonDataSchema } from '../../services/privacy/personal-data-vault.js';

describe('PersonDataSchema', () => {
  it('accepts a full record with Polish diacritics', () => {
    const person = {
      name: 'Józef Żółkiewski',
      email: 'jozef@example.pl',
      phone: '+48 85 123 45 67',
      address: 'ul. Źródlana 5, 15-001 Białystok',
    };
    expect(PersonDataSchema.parse(person)).toEqual(person);
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a name over 200 characters', { name: 'a'.repeat(201) }],
    ['an invalid e-mail', { name: 'Anna', email: 'anna(at)example.pl' }],
    ['a phone under 3 characters', { name: 'Anna', phone: '12' }],
    ['a phone over 40 characters', { name: 'Anna', phone: '1'.repeat(41) }],
    ['an address over 500 characters', { name: 'Anna', address: 'a'.repeat(501) }],
  ])('refuses %s', (_, input) => {
    expect(PersonDataSchema.safeParse(input).success).toBe(false);
  });
});

describe('newSubjectId', () => {
  it('gives a fresh uuid each time', () => {
    const a = newSubjectId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newSubjectId()).not.toBe(a);
  });
});
