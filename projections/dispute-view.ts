import type { Actor, RecordedEvent } from '../schema/envelope.js';
import { isDomainEvent, type EventData } from '../schema/events/catalogue.js';
import type { Channel, LegalBasis, Outcome, Signer } from '../schema/common.js';
import type { ComplaintSubject, SealedData } from '../schema/events/complaint-events.js';
import type { PersonalText } from '../schema/events/sealed-data.js';
import { disputeIdOfStream } from '../schema/streams.js';
import { evolveMediations, mediationIdOf, type MediationView } from './mediation-view.js';
import {
  evolve as evolveComplaint,
  initialState,
  type ComplaintState,
  type ComplaintStatus,
  isOpen,
} from '../services/domain/complaint/index.js';

/**
 * The dispute as supervisors read it, folded from its events by one pure function: the projection stores it, and
 * `dispute(id, asOf)` folds the same function over the events known at that moment, so both always agree.
 */
export interface DisputeView {
  id: string;
  revision: number;
  lastPosition: string;
  status: ComplaintStatus;
  channel: Channel;
  category: string;
  kind: string | null;
  /** KPA art. 227: what the complaint is about, as the last classification recorded it (absent in older documents). */
  subjects?: ComplaintSubject[];
  concernedUnit: string | null;
  concernedStaffId: string | null;
  language: string | null;
  /** Sealed with the complainant's key; reports only ask whether needs were stated. */
  accessibilityNeeds: SealedData | null;
  /** On whose behalf the complaint was made, sealed with the complainant's key. */
  onBehalfOf: SealedData | null;
  receivedAt: string;
  dueAt: string;
  dueRule: string;
  dueCalendarVersion: string;
  extensions: number;
  /** KPA art. 237: when the MP, senator or councillor who passed the complaint on must be informed, and when they were. */
  representativeDueAt: string | null;
  representativeInformedAt: string | null;
  acknowledgedAt: string | null;
  assignee: { userId: string; name: string } | null;
  complainant: { subjectId: string; sealed: string } | null;
  identifiable: boolean;
  decision: DecisionView | null;
  settledAt: string | null;
  closedAt: string | null;
  notifiedAt: string | null;
  explanations: ExplanationView[];
  prompts: number;
  mediations: MediationView[];
  /** State the decider needs, kept so the view never re-derives domain rules on its own. */
  domain: ComplaintState;
}

/** Free text (`PersonalText`) stays sealed here as in the events; the queries open it for each reader. */
export interface DecisionView {
  outcome: Outcome;
  factualGrounds: PersonalText | null;
  legalBasis: LegalBasis[];
  remedies: PersonalText[];
  appealInformation: PersonalText | null;
  signer: Signer;
  decidedAt: string;
  basedOnRevision: number;
  decidedBy: Actor;
}

export interface ExplanationView {
  at: string;
  channel: Channel;
  explanation: PersonalText;
  reasons: PersonalText;
  actor: Actor;
}

export function evolveDisputeView(view: DisputeView | null, e: RecordedEvent): DisputeView | null {
  if (!isDomainEvent(e)) return view;
  if (e.type === 'ComplaintReceived') return received(e.data, e);
  if (view === null) return null;
  // A mediation's own events change only its part of the dispute; the complaint's revision stays its own.
  if (mediationIdOf(e) !== null) return { ...view, lastPosition: e.position.toString(), mediations: evolveMediations(view.mediations, e) };
  const domain = evolveComplaint(view.domain, e);
  const v: DisputeView = {
    ...view,
    domain,
    status: domain.status,
    revision: e.revision,
    lastPosition: e.position.toString(),
  };
  const at = e.metadata.occurredAt;
  switch (e.type) {
    case 'DeadlineSet':
      if (e.data.purpose === 'INFORM_REPRESENTATIVE') return { ...v, representativeDueAt: e.data.dueAt };
      return {
        ...v,
        dueAt: e.data.dueAt,
        dueRule: e.data.rule,
        dueCalendarVersion: e.data.calendarVersion,
        extensions: v.extensions + (e.data.reason === 'EXTENSION' ? 1 : 0),
      };
    case 'ComplaintAcknowledged':
      return { ...v, acknowledgedAt: e.data.acknowledgedAt };
    case 'ComplaintClassified':
      return { ...v, kind: e.data.kind, category: e.data.category, subjects: e.data.subjects ?? [] };
    case 'ComplaintAssigned':
      return { ...v, assignee: { userId: e.data.assigneeId, name: e.data.assigneeName } };
    case 'ExplanationGiven':
      return {
        ...v,
        explanations: [
          ...v.explanations,
          { at, channel: e.data.channel, explanation: e.data.explanation, reasons: e.data.reasons, actor: e.metadata.actor },
        ],
      };
    case 'PromptReceived':
      return { ...v, prompts: v.prompts + 1 };
    case 'ComplaintDecided': {
      const { body: _body, ...decision } = e.data;
      return { ...v, decision: { ...decision, decidedBy: e.metadata.actor }, settledAt: at };
    }
    case 'RequestAnswered':
    case 'PriorPositionKept':
    case 'ComplaintForwarded':
    case 'ComplaintTreatedInProceedings':
    case 'ComplaintLeftUnexamined':
    case 'ComplaintWithdrawn':
      return { ...v, settledAt: at };
    case 'RepresentativeInformed':
      return { ...v, representativeInformedAt: v.representativeInformedAt ?? e.data.informedAt };
    case 'ComplainantNotified':
      return { ...v, notifiedAt: e.data.notifiedAt };
    case 'ComplaintClosed':
      return { ...v, closedAt: e.data.closedAt };
    case 'ComplaintReopened':
      return { ...v, decision: null, settledAt: null, closedAt: null, notifiedAt: null };
    default:
      return v;
  }
}

function received(data: EventData<'ComplaintReceived'>, recorded: RecordedEvent): DisputeView {
  return {
    id: data.complaintId,
    revision: recorded.revision,
    lastPosition: recorded.position.toString(),
    status: 'RECEIVED',
    channel: data.channel,
    category: data.category,
    kind: null,
    concernedUnit: data.concernedUnit,
    concernedStaffId: data.concernedStaffId,
    language: data.language,
    accessibilityNeeds: data.accessibilityNeeds,
    onBehalfOf: data.onBehalfOf,
    receivedAt: data.receivedAt,
    // Replaced by the DeadlineSet appended with the receipt; never read before it.
    dueAt: data.receivedAt,
    dueRule: '',
    dueCalendarVersion: '',
    extensions: 0,
    representativeDueAt: null,
    representativeInformedAt: null,
    acknowledgedAt: null,
    assignee: null,
    complainant: data.complainant,
    identifiable: data.identifiable,
    decision: null,
    settledAt: null,
    closedAt: null,
    notifiedAt: null,
    explanations: [],
    prompts: 0,
    mediations: [],
    domain: evolveComplaint(initialState(), { type: 'ComplaintReceived', data }),
  };
}

/** Late means: still open after its answer was due. Measured at `at`, which may be a past moment. */
export const isOverdue = (view: DisputeView, at: Date) => isLate(isOpen(view.domain), view.dueAt, at);

/** The one rule of lateness, for a whole view and for the few facts the supervisors' figures keep. */
export const isLate = (open: boolean, dueAt: string, at: Date) => open && Date.parse(dueAt) < at.getTime();

export const streamOfDispute = (recorded: RecordedEvent) => disputeIdOfStream(recorded.streamName);
