import { z } from 'zod';
import type { RegisterEntry } from '../../projections/register/register-queries.js';
import { InstantSchema, type Role } from '../../schema/envelope.js';
import type { PersonalDataVault } from '../privacy/personal-data-vault.js';
import { canSeePersonalData } from './permissions.js';

export const complainantStatuses = ['NAMED', 'MASKED', 'WITHHELD', 'ANONYMOUS', 'ERASED'] as const;
export type ComplainantStatus = (typeof complainantStatuses)[number];

export interface RegisterRow extends Omit<RegisterEntry, 'complainant'> {
  /** The name, its masked form, or null (see status). */
  complainant: string | null;
  complainantStatus: ComplainantStatus;
}

export const RegisterArgs = z
  .object({ from: InstantSchema, to: InstantSchema })
  // Written so that an unreadable date is reported once, by its own field.
  .refine((a) => !(Date.parse(a.from) >= Date.parse(a.to)), { message: 'must be later than `from`', path: ['to'] });

/**
 * Initials only, each followed by three stars whatever the length: the mask must not give away the length
 * of a name either.
 */
export const maskName = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((word) => `${[...word][0] ?? ''}***`)
    .join(' ');

/**
 * Who sees which complainant in the register: the name for roles that may read personal data, nothing for the
 * ombudsman reviewer (who never sees who complained), initials for any other role the register is opened to.
 * The name is opened from the vault only when it is shown or masked.
 */
export function showComplainant(
  role: Role,
  sealed: RegisterEntry['complainant'],
  vault: PersonalDataVault,
  shown: (subjectId: string) => void = () => undefined,
): Pick<RegisterRow, 'complainant' | 'complainantStatus'> {
  if (sealed === null) return { complainant: null, complainantStatus: 'ANONYMOUS' };
  if (role === 'OMBUDSMAN') return { complainant: null, complainantStatus: 'WITHHELD' };
  const person = vault.open(sealed.subjectId, sealed.sealed);
  if (person === 'ERASED') return { complainant: null, complainantStatus: 'ERASED' };
  if (!canSeePersonalData(role)) return { complainant: maskName(person.name), complainantStatus: 'MASKED' };
  shown(sealed.subjectId);
  return { complainant: person.name, complainantStatus: 'NAMED' };
}

/**
 * The register's rows as `role` may see them, and whose names were shown in clear (for the access log, written by the
 * caller). Run in a worker thread (a year's register opens a name per row: 2000 rows, a few hundred ms).
 */
export function registerRowsFor(
  entries: readonly RegisterEntry[],
  role: Role,
  vault: PersonalDataVault,
): { rows: RegisterRow[]; shown: string[] } {
  const shown = new Set<string>();
  const rows = entries.map(({ complainant, ...entry }) => ({
    ...entry,
    ...showComplainant(role, complainant, vault, (subjectId) => shown.add(subjectId)),
  }));
  return { rows, shown: [...shown] };
}
