import type { DisputeSnapshot } from '../../../projections/dispute-queries.js';
import type { DisputeView } from '../../../projections/dispute-view.js';
import type { DomainEvent } from '../../../schema/events/catalogue.js';
import type { PersonalDataVault } from '../../privacy/personal-data-vault.js';
import type { Pseudonyms } from '../../privacy/pseudonyms.js';
import { createRedactor, type KnownPerson } from '../../privacy/redaction.js';

/** Subtrees kept as they are: sealed data (never opened for the reviewer) and staff acting in office, who sign by law. */
const kept = new Set(['domain', 'complainant', 'person', 'actor', 'decidedBy', 'mediator', 'assignee', 'signer', 'sealed', 'subjectId']);
/** Fields that name a party by its party id, which a clerk may have made up from a name ("p-maria"). */
const partyFields = new Set(['partyId', 'attendees', 'participants', 'signedBy']);
/** Fields holding a person's name typed as free text. */
const nameFields = new Set(['participants', 'onBehalfOf']);

/**
 * A dispute as an ombudsman reviewer reads it (DESIGN §1): every person the case knows appears as a stable
 * pseudonym, in the structured fields and in the free text staff typed; staff, dates, reasons and outcomes stay.
 * The names are opened server-side for this only and never leave it.
 */
export function pseudonymisedSnapshot(snapshot: DisputeSnapshot, vault: PersonalDataVault, pseudonyms: Pseudonyms): DisputeSnapshot {
  const { view } = snapshot;
  const sealed = [view.complainant, ...view.mediations.flatMap((m) => m.parties.map((p) => p.person))].filter((p) => p !== null);
  const known: KnownPerson[] = sealed.flatMap(({ subjectId, sealed: text }) => {
    const person = vault.open(subjectId, text);
    return person === 'ERASED' ? [] : [{ pseudonym: pseudonyms.person(subjectId), person }];
  });
  // Names typed into name fields (on whose behalf, who took part in a conversation) are found in the free text too.
  const typed = snapshot.timeline.flatMap(({ event: e }) =>
    e.type === 'ComplaintReceived' ? [e.data.onBehalfOf, e.data.passedOnBy?.name] : e.type === 'ConversationRecorded' ? e.data.participants : [],
  );
  for (const name of typed) if (name) known.push({ pseudonym: pseudonyms.name(name), person: { name } });
  const parties = new Map(view.mediations.flatMap((m) => m.parties.map((p) => [p.partyId, pseudonyms.person(p.person.subjectId)] as const)));
  const redact = createRedactor(known);
  /** The pseudonym of the person the case knows whose name this is, else one of its own for this spelling. */
  const pseudonymOfName = (name: string) => {
    const found = new Set(redact(name).match(/Osoba-[0-9A-F]{6}/g));
    return found.size === 1 ? [...found][0]! : pseudonyms.name(name);
  };

  const text = (value: string, key: string, parent: string | undefined): string => {
    if (partyFields.has(key) && parties.has(value)) return parties.get(value)!;
    const isName = nameFields.has(key) || (key === 'name' && parent === 'passedOnBy');
    // A typed name stands for one person: one pseudonym for the whole field, not one per word.
    return isName ? pseudonymOfName(value) : redact(value);
  };
  const map = (value: unknown, key: string, parent?: string): unknown => {
    if (kept.has(key) || (key.endsWith('Id') && key !== 'partyId')) return value;
    if (typeof value === 'string') return text(value, key, parent);
    if (Array.isArray(value)) return value.map((v) => map(v, key, parent));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k, key)]));
    return value;
  };

  return {
    ...snapshot,
    view: { ...(map(view, '') as DisputeView), id: view.id },
    timeline: snapshot.timeline.map((r) => ({ ...r, event: { type: r.event.type, data: map(r.event.data, 'data') } as DomainEvent })),
  };
}
