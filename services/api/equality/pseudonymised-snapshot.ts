import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import type { DisputeView } from '../../../projections/dispute-view.js';
import type { z } from 'zod';
import { type DomainEvent, freeTextFieldNames } from '../../../schema/events/catalogue.js';
import { ParticipantNamesSchema, PersonalTextSchema, type SealedData } from '../../../schema/events/complaint-events.js';
import { erasedTextPlaceholder } from '../../privacy/case-text.js';
import { openSealed, type PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import { type KnownPerson } from '../../privacy/redactor/known-terms.js';
import { namesAPerson } from '../../privacy/redactor/names-a-person.js';
import { createRedactor } from '../../privacy/redactor/redactor.js';

/** Subtrees kept as they are: sealed data (never opened for the reviewer) and staff acting in office, who sign by law. */
const kept = new Set(['domain', 'complainant', 'person', 'actor', 'decidedBy', 'mediator', 'assignee', 'signer', 'sealed', 'subjectId']);
/** Fields that name a party by its party id, which a clerk may have made up from a name ("p-maria"). */
const partyFields = new Set(['partyId', 'attendees', 'participants', 'signedBy']);
/** Fields holding a person's name typed as free text. */
const nameFields = new Set(['participants', 'onBehalfOf']);
/**
 * Fields that say who was asked or who answered: an office, or a person the case may not know, whose name the
 * redactor cannot find (issue 10: hide rather than show). One that looks like a person's name reads as a pseudonym of
 * its spelling, whole; an office's name stays.
 */
const whoFields = new Set(['requestedFrom', 'providedBy']);
/**
 * Prose staff typed, where anyone's name, contact or address may stand: in an event, the fields its schema marks
 * (`personalText`, `prose`), so that a new field cannot be forgotten; in the dispute view, which copies them, any of
 * those names, and a cancelled session's reason, which the view renames. Not included: names typed into name fields
 * (each becomes a keyed pseudonym of its spelling), and what classifies the case or stands in office.
 */
const viewFreeTextFields = new Set([...[...freeTextFieldNames.values()].flatMap((names) => [...names]), 'cancellationReason']);
export { erasedTextPlaceholder };
/** What stands for an erased person's party id: no pseudonym, which would link them across cases and steps. */
export const erasedPartyLabel = 'Strona (dane usunięte)';

/** Whether `key` (in the data of event `eventType`, absent in the dispute view) is free text staff typed. */
const isFreeText = (key: string, eventType: string | undefined) =>
  eventType === undefined ? viewFreeTextFields.has(key) : (freeTextFieldNames.get(eventType)?.has(key) ?? false);

/** The persons of the case whose data is sealed: the complainant and every mediation party. */
const sealedPersonsOf = ({ view }: DisputeSnapshot) =>
  [view.complainant, ...view.mediations.flatMap((m) => m.parties.map((p) => p.person))].filter((p) => p !== null);

/** Whether any person of the case has been erased (GDPR art. 17). */
export const someoneErasedIn = (snapshot: DisputeSnapshot, vault: PersonalDataVault) =>
  sealedPersonsOf(snapshot).some(({ subjectId, sealed }) => vault.open(subjectId, sealed) === 'ERASED');

/**
 * A copy of the dispute (view and event data) with each string passed through `text`, except the `kept` subtrees
 * and ids other than party ids. `eventType`: the event whose data a string belongs to, absent in the dispute view.
 */
function mapStrings(
  snapshot: DisputeSnapshot,
  text: (value: string, key: string, parent: string | undefined, eventType: string | undefined) => string,
) {
  const map = (value: unknown, key: string, parent?: string, eventType?: string): unknown => {
    if (kept.has(key) || (key.endsWith('Id') && key !== 'partyId')) return value;
    if (typeof value === 'string') return text(value, key, parent, eventType);
    if (Array.isArray(value)) return value.map((v) => map(v, key, parent, eventType));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k, key, eventType)]));
    return value;
  };
  return {
    view: { ...(map(snapshot.view, '') as DisputeView), id: snapshot.view.id },
    timeline: snapshot.timeline.map((r) => ({
      ...r,
      event: { type: r.event.type, data: map(r.event.data, 'data', undefined, r.event.type) } as DomainEvent,
    })),
  };
}

/**
 * A dispute as staff who may see personal data read it (DESIGN §1). Once any person of the case is erased, the
 * free text staff typed may still name them, and nothing can find the name in it any more: then every free-text
 * field reads `erasedTextPlaceholder`, for every role, as in `pseudonymisedSnapshot`. Otherwise as recorded.
 */
export function erasureAwareSnapshot(snapshot: DisputeSnapshot, vault: PersonalDataVault): DisputeSnapshot {
  if (!someoneErasedIn(snapshot, vault)) return snapshot;
  return {
    ...snapshot,
    ...mapStrings(snapshot, (value, key, _parent, eventType) => (isFreeText(key, eventType) ? erasedTextPlaceholder : value)),
  };
}

export interface PseudonymisationOptions {
  /**
   * Party ids (sessions' attendees, the protocol's signatories) as the clerk typed them, for the appointed mediator, who
   * names the parties by them in what they record; the free text is redacted all the same.
   */
  partyIdsAsRecorded?: boolean;
}

/**
 * A dispute as an ombudsman reviewer reads it (DESIGN §1): every person the case knows appears as a stable
 * pseudonym, in the structured fields and in the free text staff typed; staff, dates, reasons and outcomes stay.
 * The names are opened server-side for this only and never leave it.
 *
 * Once any person of the case is erased (GDPR art. 17), their name can no longer be opened, so it could no longer be
 * found in the text: then every free-text field reads `erasedTextPlaceholder` instead, whoever it mentions.
 */
export function pseudonymisedSnapshot(
  snapshot: DisputeSnapshot,
  vault: PersonalDataVault,
  pseudonyms: Pseudonyms,
  { partyIdsAsRecorded = false }: PseudonymisationOptions = {},
): DisputeSnapshot {
  const { view } = snapshot;
  const erasedSubjects = new Set<string>();
  const known: KnownPerson[] = sealedPersonsOf(snapshot).flatMap(({ subjectId, sealed: text }) => {
    const person = vault.open(subjectId, text);
    if (person === 'ERASED') erasedSubjects.add(subjectId);
    return person === 'ERASED' ? [] : [{ pseudonym: pseudonyms.person(subjectId), person }];
  });
  const someoneErased = erasedSubjects.size > 0;
  // Names typed into name fields (on whose behalf, who took part in a conversation) are found in the free text too.
  // They are sealed with the complainant's key: opened here, for redaction only; once erased there is nothing to find.
  const opened = <S extends z.ZodType>(value: SealedData | null, schema: S) => openSealed(vault, value, schema);
  const typed = snapshot.timeline.flatMap(({ event: e }): (string | null | undefined)[] =>
    e.type === 'ComplaintReceived'
      ? [opened(e.data.onBehalfOf, PersonalTextSchema), e.data.passedOnBy?.name]
      : e.type === 'ConversationRecorded'
        ? (opened(e.data.participants, ParticipantNamesSchema) ?? [])
        : [],
  );
  for (const name of typed) if (name) known.push({ pseudonym: pseudonyms.name(name), person: { name } });
  // An erased party keeps no pseudonym (it would still link them across steps and cases): a neutral label instead.
  const parties = new Map(
    view.mediations.flatMap((m) =>
      m.parties.map(
        (p) => [p.partyId, erasedSubjects.has(p.person.subjectId) ? erasedPartyLabel : pseudonyms.person(p.person.subjectId)] as const,
      ),
    ),
  );
  const { redact } = createRedactor(known);
  /** The pseudonym of the person the case knows whose name this is, else one of its own for this spelling. */
  const pseudonymOfName = (name: string) => {
    const found = new Set(redact(name).match(/Osoba-[0-9A-F]{6}/g));
    return found.size === 1 ? [...found][0]! : pseudonyms.name(name);
  };

  const text = (value: string, key: string, parent: string | undefined, eventType: string | undefined): string => {
    if (someoneErased && isFreeText(key, eventType)) return erasedTextPlaceholder;
    if (partyFields.has(key) && parties.has(value)) return partyIdsAsRecorded ? value : parties.get(value)!;
    const isName = nameFields.has(key) || (key === 'name' && parent === 'passedOnBy') || (whoFields.has(key) && namesAPerson(value));
    // A typed name stands for one person: one pseudonym for the whole field, not one per word.
    return isName ? pseudonymOfName(value) : redact(value);
  };
  const mapped = mapStrings(snapshot, text);
  return {
    ...snapshot,
    view: mapped.view,
    timeline: snapshot.timeline.map((r, i) => {
      // A conversation's participants are sealed in the event: the reviewer is told who took part by pseudonym.
      const names = r.event.type === 'ConversationRecorded' ? opened(r.event.data.participants, ParticipantNamesSchema) : null;
      return { ...mapped.timeline[i]!, ...(names && { participants: names.map(pseudonymOfName) }) };
    }),
  };
}
