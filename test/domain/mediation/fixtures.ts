import type { EventData } from '../../../schema/events/catalogue.js';
import { type MediationEvent, type DecisionContext, type MediationCommand } from '../../../services/domain/mediation/index.js';
import type { Actor } from '../../../schema/envelope.js';
import { computeDeadline, createCalendar } from '../../../services/domain/deadlines/index.js';

export const calendar = createCalendar();
export const mediationId = '6a1f0c3e-8b2d-4e7f-9c1a-2b3c4d5e6f70';
export const complaintId = '0b0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a01';
/** Monday 10 March 2025: the proposal; the consent window ends 24 March. */
export const proposedAt = '2025-03-10T09:00:00+01:00';
/** Friday 14 March 2025: the referral; two months end on Wednesday 14 May. */
export const appointedAt = '2025-03-14T10:00:00+01:00';

export const clerk: Actor = { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' };
export const mediator: Actor = { userId: 'u-mediatorka', name: 'Małgorzata Źródłowska', role: 'MEDIATOR' };

export const ctx = (now = '2025-03-20T09:00:00+01:00', overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  now,
  actor: clerk,
  calendar,
  officeStaffIds: ['u-anna', 'u-kowalczyk'],
  ...overrides,
});
export const asMediator = (now = '2025-03-20T09:00:00+01:00') => ctx(now, { actor: mediator });

export const cmd = <T extends MediationCommand['type']>(type: T, data: Extract<MediationCommand, { type: T }>['data']) =>
  ({ type, data }) as MediationCommand;

/** The complainant and the office; names stay sealed with each person's key. */
export const parties: EventData<'MediationProposed'>['parties'] = [
  { partyId: 'p-wiśniewska', role: 'COMPLAINANT', person: { subjectId: '5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11', sealed: 'v1.sealed-1' } },
  { partyId: 'p-urząd', role: 'OFFICE', person: { subjectId: '7e2d4b2f-1a6f-4cae-9b66-4e2d3c1b0a22', sealed: 'v1.sealed-2' } },
];
/** KPA art. 96f § 2: the office is a party (p-urząd), so the mediator is appointed from a list. */
export const listEntry = { list: 'DISTRICT_COURT', keptBy: 'Prezes Sądu Okręgowego w Białymstoku', entry: 'poz. 17' } as const;
export const proposal = {
  mediationId,
  complaintId,
  parties,
  reason: 'Spór o sposób obsługi wniosku o dodatek mieszkaniowy; skarżąca zgadza się na rozmowę z urzędem.',
};

export const proposed: MediationEvent = {
  type: 'MediationProposed',
  data: { ...proposal, proposedAt, consentDue: computeDeadline(proposedAt, 'KPA-96b-consent-14-days', calendar) },
};
export const consented = (partyId: string): MediationEvent => ({ type: 'MediationConsentGiven', data: { partyId, reason: null } });
export const bothConsented = [proposed, consented('p-wiśniewska'), consented('p-urząd')];

export const appointed: MediationEvent = {
  type: 'MediatorAppointed',
  data: {
    mediatorUserId: mediator.userId,
    mediatorName: mediator.name,
    postponedUntil: computeDeadline(appointedAt, 'KPA-96e-mediation-2-months', calendar),
  },
};
export const underway = [...bothConsented, appointed];

export const scheduled = (sessionId: string, startsAt = '2025-03-25T10:00:00+01:00'): MediationEvent => ({
  type: 'MediationSessionScheduled',
  data: { sessionId, startsAt, place: 'Sala nr 12, Urząd Miasta Białegostoku, ul. Słonimska 1' },
});
export const held = (sessionId: string, heldAt = '2025-03-25T10:00:00+01:00'): MediationEvent => ({
  type: 'MediationSessionHeld',
  data: { sessionId, heldAt, attendees: ['p-wiśniewska', 'p-urząd'] },
});

export const arrangements = [
  'Urząd wyda decyzję w sprawie dodatku mieszkaniowego do 15 kwietnia 2025 r.',
  'Kierownik wydziału przeprosi skarżącą na piśmie za zwłokę.',
];
export const protocolData: Extract<MediationCommand, { type: 'fileMediationProtocol' }>['data'] = {
  arrangements,
  participants: ['p-wiśniewska', 'p-urząd'],
  signedBy: ['p-wiśniewska', 'p-urząd'],
  missingSignatureReason: null,
  place: 'Białystok, ul. Słonimska 1',
  mediatorAddress: 'Kancelaria Mediacyjna, ul. Lipowa 5, 15-424 Białystok',
  mediatorSigned: true,
};
export const protocolFiled = (data: Partial<EventData<'MediationProtocolFiled'>> = {}): MediationEvent => ({
  type: 'MediationProtocolFiled',
  data: { ...protocolData, mediatorSigned: true, mediatorName: mediator.name, filedAt: '2025-04-08T12:00:00+02:00', ...data },
});

/** Two months from 14 March end on 14 May; after that day the time has run out (KPA art. 96e). */
export const afterTheLimit = '2025-05-15T09:00:00+02:00';
