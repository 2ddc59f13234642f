import type { DeadlineFactData } from '../../../schema/common.js';
import type { MediationEvent } from './events.js';

/** AWAITING_MEDIATOR: every party consented, and no mediator is appointed yet (or the last one withdrew). */
export type MediationStatus = 'AWAITING_CONSENT' | 'AWAITING_MEDIATOR' | 'IN_PROGRESS' | 'ENDED';

export interface MediationSession {
  sessionId: string;
  startsAt: string;
  held: boolean;
  cancelled: boolean;
}

export interface MediationState {
  exists: boolean;
  /** Revision of the last event folded in; -1 before the first. */
  revision: number;
  status: MediationStatus;
  complaintId: string | null;
  /** KPA art. 96b § 3: when the proposal was made and the 14 days counted from it (from delivery, when a consent says so). */
  proposedAt: string | null;
  consentDue: DeadlineFactData | null;
  /** consent is null until the party answers. */
  parties: { partyId: string; role: 'COMPLAINANT' | 'OFFICE' | 'OTHER'; consent: boolean | null }[];
  mediatorUserId: string | null;
  mediatorName: string | null;
  recusedMediatorIds: string[];
  /** Set when the case is referred to the mediator (KPA art. 96e § 1); kept when a mediator is replaced. */
  postponedUntil: DeadlineFactData | null;
  extendedUntil: DeadlineFactData | null;
  sessions: MediationSession[];
  /** The filed protocol: its participants, and those it was delivered to (KPA art. 96m § 3). `filedAt` null on older events. */
  protocol: { hasArrangements: boolean; participants: string[]; filedAt: string | null; deliveredTo: string[] } | null;
}

export const initialState = (): MediationState => ({
  exists: false,
  revision: -1,
  status: 'AWAITING_CONSENT',
  complaintId: null,
  proposedAt: null,
  consentDue: null,
  parties: [],
  mediatorUserId: null,
  mediatorName: null,
  recusedMediatorIds: [],
  postponedUntil: null,
  extendedUntil: null,
  sessions: [],
  protocol: null,
});

/** When the mediation must be over: two months from referral, or the end of the one extension (art. 96e). */
export const timeLimit = (s: MediationState) => s.extendedUntil ?? s.postponedUntil;

const updateSession = (s: MediationState, sessionId: string, change: Partial<MediationSession>) =>
  s.sessions.map((x) => (x.sessionId === sessionId ? { ...x, ...change } : x));

export function evolve(state: MediationState, event: MediationEvent): MediationState {
  const s = { ...state, revision: state.revision + 1 };
  switch (event.type) {
    case 'MediationProposed':
      return {
        ...s,
        exists: true,
        complaintId: event.data.complaintId,
        proposedAt: event.data.proposedAt,
        consentDue: event.data.consentDue,
        parties: event.data.parties.map((p) => ({ partyId: p.partyId, role: p.role, consent: null })),
      };
    case 'MediationConsentGiven': {
      const parties = s.parties.map((p) => (p.partyId === event.data.partyId ? { ...p, consent: true } : p));
      return { ...s, parties, status: parties.every((p) => p.consent) ? 'AWAITING_MEDIATOR' : s.status };
    }
    case 'MediationConsentRefused':
      return { ...s, parties: s.parties.map((p) => (p.partyId === event.data.partyId ? { ...p, consent: false } : p)) };
    case 'MediatorAppointed':
      return {
        ...s,
        status: 'IN_PROGRESS',
        mediatorUserId: event.data.mediatorUserId,
        mediatorName: event.data.mediatorName,
        postponedUntil: event.data.postponedUntil,
      };
    case 'MediatorRecused':
      return {
        ...s,
        status: 'AWAITING_MEDIATOR',
        mediatorUserId: null,
        mediatorName: null,
        recusedMediatorIds: [...s.recusedMediatorIds, event.data.mediatorUserId],
      };
    case 'MediationSessionScheduled':
      return {
        ...s,
        sessions: [...s.sessions, { sessionId: event.data.sessionId, startsAt: event.data.startsAt, held: false, cancelled: false }],
      };
    case 'MediationSessionHeld':
      return { ...s, sessions: updateSession(s, event.data.sessionId, { held: true }) };
    case 'MediationSessionCancelled':
      return { ...s, sessions: updateSession(s, event.data.sessionId, { cancelled: true }) };
    case 'MediationExtended':
      return { ...s, extendedUntil: event.data.newEnd };
    case 'MediationProtocolFiled':
      return {
        ...s,
        protocol: {
          hasArrangements: event.data.arrangements.length > 0,
          participants: event.data.participants,
          filedAt: event.data.filedAt,
          deliveredTo: [],
        },
      };
    case 'MediationProtocolDelivered':
      return s.protocol ? { ...s, protocol: { ...s.protocol, deliveredTo: [...s.protocol.deliveredTo, event.data.partyId] } } : s;
    case 'MediationEnded':
      return { ...s, status: 'ENDED' };
    default:
      return s;
  }
}
