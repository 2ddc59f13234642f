import type { z } from 'zod';
import { clearTextFieldsOf, type DomainEvent } from '../../schema/events/catalogue.js';
import { requireNotErased } from '../domain/subject/index.js';
import { sealCaseTexts } from '../privacy/case-text.js';
import type { PersonalDataVault, PersonData } from '../privacy/personal-data-vault.js';

/**
 * Everything a command handler seals goes through here, and each seal first asks the subject domain whether anything
 * may still be recorded about the person whose key it takes (GDPR art. 17). One place, so no handler seals unasked;
 * the key store's own refusal stays a last line for an erasure made while the command ran.
 */
export function createSealing(vault: PersonalDataVault) {
  const mayRecordAbout = (subjectId: string) => requireNotErased({ erasedAt: vault.erasedAt(subjectId) });
  return {
    /** The free text of what was decided, with the case's key; steps without text need no key and are not asked about. */
    caseTexts<E extends DomainEvent>(events: E[], subjectId: string): E[] {
      if (events.some((e) => clearTextFieldsOf(e.type, e.data).length > 0)) mayRecordAbout(subjectId);
      return sealCaseTexts(events, subjectId, vault);
    },
    person(subjectId: string, data: PersonData): string {
      mayRecordAbout(subjectId);
      return vault.seal(subjectId, data);
    },
    json<S extends z.ZodType>(subjectId: string, schema: S, data: z.input<S>): string {
      mayRecordAbout(subjectId);
      return vault.sealJson(subjectId, schema, data);
    },
  };
}
