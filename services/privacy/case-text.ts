import { z } from 'zod';
import type { DomainEvent } from '../../schema/events/catalogue.js';
import { personalTextFields } from '../../schema/events/catalogue.js';
import type { PersonalText } from '../../schema/events/sealed-data.js';
import type { PersonalDataVault } from './personal-data-vault.js';

/** What every reader reads instead of free text once a person of the case has been erased. */
export const erasedTextPlaceholder = '[treść niedostępna: dane osoby usunięte]';

const TextSchema = z.string();

/** The events as they are written: every free-text field sealed with `subjectId`'s key. */
export function sealCaseTexts<E extends DomainEvent>(events: readonly E[], subjectId: string, vault: PersonalDataVault): E[] {
  const seal = (value: PersonalText) =>
    typeof value === 'string' ? { subjectId, sealed: vault.sealJson(subjectId, TextSchema, value) } : value;
  return events.map((event) => mapTexts(event, seal));
}

/** Free text opened: the text (also one written in clear before it was sealed), or null once its person is erased. */
export function openText(vault: PersonalDataVault, value: PersonalText): string | null {
  if (typeof value === 'string') return value;
  const opened = vault.openJson(value.subjectId, TextSchema, value.sealed);
  return opened === 'ERASED' ? null : opened;
}

/** Opens free text for a reader: the text, or the placeholder once the person whose key sealed it is erased. */
export function createTextOpener(vault: PersonalDataVault) {
  return (value: PersonalText): string => openText(vault, value) ?? erasedTextPlaceholder;
}
export type TextOpener = ReturnType<typeof createTextOpener>;

/** An event with `text` applied to each of its free-text fields (each item of a list). */
export function mapTexts<E extends DomainEvent>(event: E, text: (value: PersonalText) => PersonalText): E {
  const fields = personalTextFields[event.type];
  if (fields.length === 0) return event;
  const data: Record<string, unknown> = { ...event.data };
  for (const { name, list } of fields) {
    const value = data[name] as PersonalText | PersonalText[] | null | undefined;
    if (value === null || value === undefined) continue;
    data[name] = list ? (value as PersonalText[]).map(text) : text(value as PersonalText);
  }
  return { ...event, data } as E;
}

/** Free text of a dispute DisputeQueries has opened: a string by then; one still sealed here is a bug, said loudly. */
export function openedText(value: PersonalText): string {
  if (typeof value !== 'string') throw new Error('Free text reached a reader still sealed: read disputes through DisputeQueries.');
  return value;
}
