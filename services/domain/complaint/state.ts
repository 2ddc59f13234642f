import type { DeadlineFactData } from '../../../schema/common.js';
import type { DomainEvent } from '../../../schema/events/catalogue.js';
import type { ComplaintKind } from '../../../schema/events/complaint-events.js';

export const openStatuses = ['RECEIVED', 'ACKNOWLEDGED', 'AWAITING_SUPPLEMENT', 'IN_MEDIATION'] as const;
export const settledStatuses = [
  'DECIDED',
  'PRIOR_POSITION_KEPT',
  'FORWARDED',
  'TREATED_IN_PROCEEDINGS',
  'LEFT_UNEXAMINED',
  'WITHDRAWN',
] as const;
export type ComplaintStatus = (typeof openStatuses)[number] | (typeof settledStatuses)[number] | 'CLOSED';

export interface ComplaintState {
  exists: boolean;
  /** Revision of the last event folded in; -1 before the first. */
  revision: number;
  status: ComplaintStatus;
  identifiable: boolean;
  /** The complainant's pseudonymous subject: later personal data about the case is sealed with their key. */
  complainantSubjectId: string | null;
  /** Passed on by an MP, senator or councillor, who is to be informed (KPA art. 237). */
  passedOnByRepresentative: boolean;
  concernedStaffId: string | null;
  /** The body or unit the complaint is about, as given at intake (KPA art. 232 § 1 bars passing it there). */
  concernedUnit: string | null;
  /** The last classification (KPA art. 233–236, 240 decide what may follow it; a REQUEST, art. 241–247, its own path); null until classified. */
  kind: ComplaintKind | null;
  /** KPA art. 229, as the last classification recorded it: this office, or the body named; null when not stated. */
  competence: { here: true; body: null } | { here: false; body: string } | null;
  /** KPA art. 256: the superior of the employee complained about, once the complaint was routed to them. */
  superiorId: string | null;
  receivedAt: string | null;
  acknowledged: boolean;
  assigneeId: string | null;
  answerDue: DeadlineFactData | null;
  /** The last day to supplement: 7 days from the summons' delivery (§ 8 ust. 2 of the 2002 regulation); null until it is delivered. */
  supplementDue: DeadlineFactData | null;
  /** The pending summons: when it was sent, whether it carried the § 8 ust. 2 instruction, whether its delivery is recorded. */
  summons: { requestedAt: string | null; instructed: boolean; delivered: boolean } | null;
  /** KPA art. 237 § 3: whether the complainant was notified of how the complaint was dealt with since it was (last) settled. */
  notified: boolean;
  /** Found unfounded and answered so (NOT_UPHELD, or a kept prior position): a repeat may keep the position (KPA art. 239 § 1). */
  foundUnfounded: boolean;
  /** Why it was left unexamined, when it was: an anonymous complaint has no one to notify. */
  unexaminedReason: 'ANONYMOUS' | 'NOT_SUPPLEMENTED' | null;
  openMediations: string[];
  /** Whether a mediation ended in an agreement, whose protocol the decision must take a stand on (KPA art. 96n). */
  mediationAgreed: boolean;
}

export const initialState = (): ComplaintState => ({
  exists: false,
  revision: -1,
  status: 'RECEIVED',
  identifiable: false,
  complainantSubjectId: null,
  passedOnByRepresentative: false,
  concernedStaffId: null,
  concernedUnit: null,
  kind: null,
  competence: null,
  superiorId: null,
  receivedAt: null,
  acknowledged: false,
  assigneeId: null,
  answerDue: null,
  supplementDue: null,
  summons: null,
  notified: false,
  foundUnfounded: false,
  unexaminedReason: null,
  openMediations: [],
  mediationAgreed: false,
});

export const isOpen = (s: ComplaintState) => (openStatuses as readonly string[]).includes(s.status);
export const isSettled = (s: ComplaintState) => (settledStatuses as readonly string[]).includes(s.status);

/** Where an open complaint stands once a pause (supplement, mediation) is over. */
const workingStatus = (s: ComplaintState): ComplaintStatus =>
  s.openMediations.length > 0 ? 'IN_MEDIATION' : s.acknowledged ? 'ACKNOWLEDGED' : 'RECEIVED';

/**
 * Folds a complaint stream's events (`ComplaintEvent`, as `complaintDecider` types it). It accepts any event because the
 * dispute view folds this state from the events it reads, where a type outside the complaint's changes nothing.
 */
export function evolve(state: ComplaintState, event: DomainEvent): ComplaintState {
  const s = { ...state, revision: state.revision + 1 };
  switch (event.type) {
    case 'ComplaintReceived':
      return {
        ...s,
        exists: true,
        status: 'RECEIVED',
        identifiable: event.data.identifiable,
        complainantSubjectId: event.data.complainant?.subjectId ?? null,
        passedOnByRepresentative: event.data.passedOnBy !== null,
        concernedStaffId: event.data.concernedStaffId,
        concernedUnit: event.data.concernedUnit,
        receivedAt: event.data.receivedAt,
      };
    case 'DeadlineSet':
      return event.data.purpose === 'ANSWER' ? { ...s, answerDue: event.data } : s;
    case 'ComplaintAcknowledged':
      return { ...s, acknowledged: true, status: s.status === 'RECEIVED' ? 'ACKNOWLEDGED' : s.status };
    case 'ComplaintAssigned':
      return { ...s, assigneeId: event.data.assigneeId };
    case 'ComplaintClassified':
      return { ...s, kind: event.data.kind, competence: competenceOf(event.data) };
    case 'ComplaintTreatedInProceedings':
      return { ...s, status: 'TREATED_IN_PROCEEDINGS' };
    case 'ComplaintRoutedToSuperior':
      return { ...s, superiorId: event.data.superiorId };
    case 'SupplementRequested':
      // Older requests counted the 7 days from the request itself and carry that due date.
      return {
        ...s,
        status: 'AWAITING_SUPPLEMENT',
        supplementDue: event.data.due,
        summons: {
          requestedAt: event.data.requestedAt ?? null,
          instructed: event.data.instruction !== undefined,
          delivered: event.data.due !== null,
        },
      };
    case 'SupplementSummonsDelivered':
      return { ...s, supplementDue: event.data.due, summons: s.summons && { ...s.summons, delivered: true } };
    case 'ComplaintSupplemented':
      return { ...s, supplementDue: null, summons: null, status: workingStatus(s) };
    case 'ComplaintLeftUnexamined':
      return { ...s, status: 'LEFT_UNEXAMINED', unexaminedReason: event.data.reason };
    case 'ComplainantNotified':
      return { ...s, notified: true };
    case 'ComplaintForwarded':
      return { ...s, status: 'FORWARDED' };
    case 'RequestAnswered':
      return { ...s, status: 'DECIDED' };
    case 'ComplaintDecided':
      return { ...s, status: 'DECIDED', foundUnfounded: event.data.outcome === 'NOT_UPHELD' };
    case 'PriorPositionKept':
      return { ...s, status: 'PRIOR_POSITION_KEPT', foundUnfounded: true };
    case 'ComplaintWithdrawn':
      return { ...s, status: 'WITHDRAWN' };
    case 'ComplaintClosed':
      return { ...s, status: 'CLOSED' };
    case 'MediationOpened': {
      const next = { ...s, openMediations: [...s.openMediations, event.data.mediationId] };
      return isOpen(s) && s.status !== 'AWAITING_SUPPLEMENT' ? { ...next, status: workingStatus(next) } : next;
    }
    case 'MediationClosed': {
      const next = {
        ...s,
        openMediations: s.openMediations.filter((id) => id !== event.data.mediationId),
        mediationAgreed: s.mediationAgreed || event.data.result === 'AGREEMENT',
      };
      return s.status === 'IN_MEDIATION' ? { ...next, status: workingStatus(next) } : next;
    }
    case 'ComplaintReopened':
      return {
        ...s,
        acknowledged: true,
        status: 'ACKNOWLEDGED',
        supplementDue: null,
        summons: null,
        notified: false,
        foundUnfounded: false,
        unexaminedReason: null,
      };
    default:
      return s;
  }
}

function competenceOf(data: {
  competence?: 'THIS_OFFICE' | 'OTHER_BODY' | null;
  competentBody?: string | null;
}): ComplaintState['competence'] {
  if (data.competence === 'THIS_OFFICE') return { here: true, body: null };
  if (data.competence === 'OTHER_BODY' && data.competentBody) return { here: false, body: data.competentBody };
  return null;
}
