import type { Actor, RecordedEvent } from '../schema/envelope.js';
import { isDomainEvent, type DomainEvent } from '../schema/events/catalogue.js';
import type { MediationResult } from '../schema/events/mediation-result.js';
import type { PersonalText } from '../schema/events/sealed-data.js';
import { mediationIdOfStream } from '../schema/streams.js';

/** A mediation as the dispute shows it: parties and free text stay sealed here and are opened per request and role. */
export interface MediationView {
  id: string;
  status: 'PROPOSED' | 'AWAITING_MEDIATOR' | 'IN_PROGRESS' | 'ENDED';
  reason: PersonalText;
  parties: {
    partyId: string;
    role: 'COMPLAINANT' | 'OFFICE' | 'OTHER';
    person: { subjectId: string; sealed: string };
    consent: boolean | null;
  }[];
  mediator: Actor | null;
  /** KPA art. 96f § 2: the appointed mediator's list entry; absent on views folded before it was recorded. */
  mediatorListEntry?: { list: 'DISTRICT_COURT' | 'ORGANISATION'; keptBy: string; entry: string } | null;
  consentDueAt: string;
  endsAt: string | null;
  extended: boolean;
  sessions: {
    sessionId: string;
    startsAt: string;
    place: PersonalText;
    heldAt: string | null;
    attendees: string[] | null;
    cancelled: boolean;
    cancellationReason: PersonalText | null;
  }[];
  protocol: {
    arrangements: PersonalText[];
    participants: string[];
    signedBy: string[];
    missingSignatureReason: PersonalText | null;
    filedAt: string;
    place: PersonalText | null;
    mediatorName?: string;
    mediatorAddress?: string;
    /** KPA art. 96m § 3: to whom it was delivered, when; absent on views folded before it was recorded. */
    deliveries?: { partyId: string; how: 'HANDED_OVER' | 'DELIVERED' | 'ELECTRONIC'; deliveredAt: string }[];
  } | null;
  result: MediationResult | null;
  disclosures: number;
}

export const mediationIdOf = (recorded: RecordedEvent) => mediationIdOfStream(recorded.streamName);

export function evolveMediations(mediations: MediationView[], e: RecordedEvent): MediationView[] {
  const id = mediationIdOf(e);
  if (id === null || !isDomainEvent(e)) return mediations;
  if (e.type === 'MediationProposed') {
    const proposed: MediationView = {
      id,
      status: 'PROPOSED',
      reason: e.data.reason,
      parties: e.data.parties.map((p) => ({ ...p, consent: null })),
      mediator: null,
      consentDueAt: e.data.consentDue.dueAt,
      endsAt: null,
      extended: false,
      sessions: [],
      protocol: null,
      result: null,
      disclosures: 0,
    };
    return [...mediations, proposed];
  }
  return mediations.map((m) => (m.id === id ? evolveMediation(m, e) : m));
}

function evolveMediation(m: MediationView, e: DomainEvent): MediationView {
  const session = (sessionId: string, change: Partial<MediationView['sessions'][number]>) =>
    m.sessions.map((s) => (s.sessionId === sessionId ? { ...s, ...change } : s));
  switch (e.type) {
    case 'MediationConsentGiven':
    case 'MediationConsentRefused': {
      const parties = m.parties.map((p) => (p.partyId === e.data.partyId ? { ...p, consent: e.type === 'MediationConsentGiven' } : p));
      return { ...m, parties, status: parties.every((p) => p.consent) ? 'AWAITING_MEDIATOR' : m.status };
    }
    case 'MediatorAppointed':
      return {
        ...m,
        status: 'IN_PROGRESS',
        mediator: { userId: e.data.mediatorUserId, name: e.data.mediatorName, role: 'MEDIATOR' },
        mediatorListEntry: e.data.listEntry ?? null,
        endsAt: e.data.postponedUntil.dueAt,
      };
    case 'MediatorRecused':
      return { ...m, status: 'AWAITING_MEDIATOR', mediator: null, mediatorListEntry: null };
    case 'MediatorImpartialityDisclosed':
      return { ...m, disclosures: m.disclosures + 1 };
    case 'MediationSessionScheduled':
      return {
        ...m,
        sessions: [
          ...m.sessions,
          {
            sessionId: e.data.sessionId,
            startsAt: e.data.startsAt,
            place: e.data.place,
            heldAt: null,
            attendees: null,
            cancelled: false,
            cancellationReason: null,
          },
        ],
      };
    case 'MediationSessionHeld':
      return { ...m, sessions: session(e.data.sessionId, { heldAt: e.data.heldAt, attendees: e.data.attendees }) };
    case 'MediationSessionCancelled':
      return { ...m, sessions: session(e.data.sessionId, { cancelled: true, cancellationReason: e.data.reason }) };
    case 'MediationExtended':
      return { ...m, extended: true, endsAt: e.data.newEnd.dueAt };
    case 'MediationProtocolFiled':
      return { ...m, protocol: { ...e.data, deliveries: [] } };
    case 'MediationProtocolDelivered':
      return m.protocol ? { ...m, protocol: { ...m.protocol, deliveries: [...(m.protocol.deliveries ?? []), e.data] } } : m;
    case 'MediationEnded':
      return { ...m, status: 'ENDED', result: e.data.result };
    default:
      return m;
  }
}
