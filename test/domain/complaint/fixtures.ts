import type { EventData } from '../../../schema/events/catalogue.js';
import { type ComplaintEvent, type ComplaintCommand, type DecisionContext } from '../../../services/domain/complaint/index.js';
import { computeDeadline, createCalendar } from '../../../services/domain/deadlines/index.js';

export const calendar = createCalendar();
export const complaintId = '0b0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a01';
export const receivedAt = '2025-03-03T10:00:00+01:00';

export const ctx = (now = '2025-03-10T09:00:00+01:00', overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  now,
  actor: { userId: 'u-anna', name: 'Anna Nowak', role: 'CLERK' },
  calendar,
  answerRule: 'KPA-237-1-month',
  officeName: 'Urząd Miasta Białegostoku',
  ...overrides,
});

export const receiptData = (overrides: Partial<EventData<'ComplaintReceived'>> = {}): EventData<'ComplaintReceived'> => ({
  complaintId,
  channel: 'LETTER',
  category: 'przewlekłość postępowania',
  description: 'Od trzech miesięcy czekam na decyzję w sprawie dodatku mieszkaniowego.',
  complainant: { subjectId: '5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11', sealed: 'v1.sealed' },
  identifiable: true,
  onBehalfOf: null,
  passedOnBy: null,
  concernedUnit: 'Wydział Świadczeń Społecznych',
  concernedStaffId: 'u-kowalczyk',
  remedySought: null,
  language: 'pl',
  accessibilityNeeds: null,
  receivedAt,
  ...overrides,
});

export const received = (overrides: Partial<EventData<'ComplaintReceived'>> = {}): ComplaintEvent[] => [
  { type: 'ComplaintReceived', data: receiptData(overrides) },
  { type: 'DeadlineSet', data: { ...computeDeadline(receivedAt, 'KPA-237-1-month', calendar), purpose: 'ANSWER', reason: 'RECEIPT' } },
];

export const acknowledged: ComplaintEvent = { type: 'ComplaintAcknowledged', data: { acknowledgedAt: '2025-03-04T09:00:00+01:00' } };

/** A command of the complaint's, typed by its name. */
export const cmd = <T extends ComplaintCommand['type']>(type: T, data: Extract<ComplaintCommand, { type: T }>['data']) =>
  ({ type, data }) as ComplaintCommand;

export const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };

export const decideCommand = (data: Partial<Extract<ComplaintCommand, { type: 'decideComplaint' }>['data']> = {}): ComplaintCommand => ({
  type: 'decideComplaint',
  data: {
    outcome: 'NOT_UPHELD',
    factualGrounds: 'Wniosek rozpatrzono w terminie; opóźnienie wynikało z braku zaświadczenia.',
    legalBasis: [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 35 § 3', url: null }],
    remedies: [],
    appealInformation: 'Zgodnie z art. 239 KPA ponowna skarga bez nowych okoliczności może zostać pozostawiona bez odpowiedzi.',
    signer,
    followsMediationProtocol: null,
    ...data,
  },
});

export const decided: ComplaintEvent = {
  type: 'ComplaintDecided',
  data: {
    outcome: 'UPHELD',
    factualGrounds: null,
    legalBasis: [],
    remedies: ['Przeprosiny'],
    appealInformation: null,
    signer,
    body: 'Urząd Miasta Białegostoku',
    decidedAt: '2025-03-20T12:00:00+01:00',
    basedOnRevision: 2,
    followsMediationProtocol: null,
  },
};
