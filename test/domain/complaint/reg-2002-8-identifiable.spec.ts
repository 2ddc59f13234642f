import { describe, expect, it } from 'vitest';
import { isIdentifiable } from '../../../services/domain/complaint/index.js';

// § 8 ust. 1 of the Council of Ministers' regulation of 8 January 2002: no name and address, no examination.
describe('who is identifiable (§ 8 ust. 1 of the 2002 regulation)', () => {
  it('a complainant with a postal address is', () =>
    expect(isIdentifiable({ address: 'ul. Żeromskiego 7/3, 15-001 Białystok', email: null })).toBe(true));
  it('a complainant with an e-mail address is', () =>
    expect(isIdentifiable({ address: null, email: 'zdzislaw.gesla@example.pl' })).toBe(true));
  it('a complainant with a name only (or a phone number) is not', () => expect(isIdentifiable({ address: null, email: null })).toBe(false));
  it('a complaint with no complainant is not', () => expect(isIdentifiable(null)).toBe(false));
});
