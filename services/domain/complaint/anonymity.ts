import type { PersonInput } from '../../../schema/commands/complaint-commands.js';

/**
 * § 8 ust. 1 of the 2002 regulation: a complaint that gives neither the complainant's name nor their address is left
 * unexamined. Identifiable means a name and somewhere to send the answer: a postal address or an e-mail address.
 * A phone number alone is not an address.
 */
export const isIdentifiable = (complainant: Pick<PersonInput, 'address' | 'email'> | null) =>
  complainant !== null && (complainant.address !== null || complainant.email !== null);
