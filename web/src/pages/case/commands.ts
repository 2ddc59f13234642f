import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';
import type { CaseDisputeQuery, Role } from '../../gql/graphql';
import { commandRoles, type CommandName } from './command-roles';

export type CaseDispute = NonNullable<CaseDisputeQuery['dispute']>;

/** One input of a command's form; `name` is its path in the GraphQL input (`signer.name`). */
export type FieldSpec =
  | { name: string; kind: 'text' | 'textarea' | 'datetime' | 'lines'; required?: boolean; label?: string; hint?: string }
  | { name: string; kind: 'select'; options: readonly string[]; optionLabels: string; required: boolean; label?: string; hint?: string }
  /** Any of several values, ticked (sent as a list). */
  | { name: string; kind: 'checks'; options: readonly string[]; optionLabels: string; label?: string; hint?: string }
  | { name: string; kind: 'channel' | 'kind'; required: true }
  | { name: 'legalBasis'; kind: 'legalBasis' }
  | { name: string; kind: 'yesNo' }
  /** A statement the clerk confirms by ticking it (sent as true or false). */
  | { name: string; kind: 'confirm' };

export interface CommandSpec {
  name: CommandName;
  // Each document is typed by codegen from the server's SDL; the form builds its input from the fields below.
  document: TypedDocumentNode<unknown, { input: Record<string, unknown> }>;
  /** Whether it makes sense in the dispute's present state; the domain still decides, and says why not. */
  offered: (d: CaseDispute) => boolean;
  fields: readonly FieldSpec[];
}

const openStatuses = ['RECEIVED', 'ACKNOWLEDGED', 'AWAITING_SUPPLEMENT', 'IN_MEDIATION'];
const settledStatuses = ['DECIDED', 'PRIOR_POSITION_KEPT', 'FORWARDED', 'TREATED_IN_PROCEEDINGS', 'LEFT_UNEXAMINED', 'WITHDRAWN'];
export const isOpen = (d: Pick<CaseDispute, 'status'>) => openStatuses.includes(d.status);
export const isSettled = (d: Pick<CaseDispute, 'status'>) => settledStatuses.includes(d.status);
const closed = (d: CaseDispute) => d.status === 'CLOSED';
/** An anonymous complaint may only be left unexamined (§ 8 of the 2002 regulation); most steps need a complainant. */
const examinable = (d: CaseDispute) => isOpen(d) && d.identifiable;
const mediating = (d: CaseDispute) => d.mediations.some((m) => m.status !== 'ENDED');
/** A request (wniosek, KPA art. 241) follows its own path: answered, never decided as a complaint nor prompted. */
const request = (d: CaseDispute) => d.kind === 'REQUEST';

const signer = [
  { name: 'signer.name', kind: 'text', required: true },
  { name: 'signer.position', kind: 'text', required: true },
] as const satisfies readonly FieldSpec[];

const as = <T>(document: T) => document as unknown as CommandSpec['document'];

export const commands: readonly CommandSpec[] = [
  {
    name: 'acknowledgeComplaint',
    document: as(
      graphql(`
        mutation AcknowledgeComplaint($input: DisputeCommandInput!) {
          acknowledgeComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && !d.acknowledgedAt,
    fields: [],
  },
  {
    name: 'assignComplaint',
    document: as(
      graphql(`
        mutation AssignComplaint($input: AssignComplaintInput!) {
          assignComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => !closed(d),
    fields: [
      { name: 'assigneeId', kind: 'text', required: true, hint: 'case.hints.assigneeId' },
      { name: 'assigneeName', kind: 'text', required: true },
    ],
  },
  {
    name: 'classifyComplaint',
    document: as(
      graphql(`
        mutation ClassifyComplaint($input: ClassifyComplaintInput!) {
          classifyComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: isOpen,
    fields: [
      { name: 'kind', kind: 'kind', required: true },
      { name: 'category', kind: 'text', required: true },
      // KPA art. 227 and 229: the subject in the law's terms and the competent body, which forwarding then follows.
      {
        name: 'subjects',
        kind: 'checks',
        options: ['NEGLECT', 'IMPROPER_PERFORMANCE', 'LAWFULNESS', 'INTERESTS', 'DELAY', 'BUREAUCRACY', 'OTHER'],
        optionLabels: 'case.options.subject',
      },
      {
        name: 'competence',
        kind: 'select',
        options: ['THIS_OFFICE', 'OTHER_BODY'],
        optionLabels: 'case.options.competence',
        required: false,
        hint: 'case.hints.competence',
      },
      { name: 'competentBody', kind: 'text' },
      { name: 'competenceBasis', kind: 'text', hint: 'case.hints.competenceBasis' },
    ],
  },
  {
    name: 'recordExplanation',
    document: as(
      graphql(`
        mutation RecordExplanation($input: RecordExplanationInput!) {
          recordExplanation(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => !closed(d) && d.identifiable,
    fields: [
      { name: 'channel', kind: 'channel', required: true },
      { name: 'explanation', kind: 'textarea', required: true },
      { name: 'reasons', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'recordConversation',
    document: as(
      graphql(`
        mutation RecordConversation($input: RecordConversationInput!) {
          recordConversation(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => !closed(d) && d.identifiable,
    fields: [
      { name: 'channel', kind: 'channel', required: true },
      { name: 'participants', kind: 'lines', required: true, hint: 'case.hints.lines' },
      { name: 'concernsHeard', kind: 'lines', required: true, hint: 'case.hints.lines' },
      { name: 'agreed', kind: 'lines', hint: 'case.hints.lines' },
    ],
  },
  {
    name: 'requestSupplement',
    document: as(
      graphql(`
        mutation RequestSupplement($input: RequestSupplementInput!) {
          requestSupplement(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && d.status !== 'AWAITING_SUPPLEMENT',
    fields: [{ name: 'whatIsMissing', kind: 'textarea', required: true }],
  },
  {
    name: 'recordSummonsDelivery',
    document: as(
      graphql(`
        mutation RecordSummonsDelivery($input: RecordSummonsDeliveryInput!) {
          recordSummonsDelivery(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => d.status === 'AWAITING_SUPPLEMENT',
    fields: [
      {
        name: 'how',
        kind: 'select',
        options: ['DELIVERED', 'ELECTRONIC', 'PRESUMED'],
        optionLabels: 'case.options.summonsDelivery',
        required: true,
        label: 'case.fields.summonsDelivery',
      },
      { name: 'deliveredAt', kind: 'datetime', hint: 'case.hints.deliveredAt' },
      { name: 'noticeLeftAt', kind: 'datetime', hint: 'case.hints.noticeLeftAt' },
    ],
  },
  {
    name: 'recordSupplement',
    document: as(
      graphql(`
        mutation RecordSupplement($input: RecordSupplementInput!) {
          recordSupplement(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => d.status === 'AWAITING_SUPPLEMENT',
    fields: [{ name: 'summary', kind: 'textarea', required: true }],
  },
  {
    name: 'requestInformation',
    document: as(
      graphql(`
        mutation RequestInformation($input: RequestInformationInput!) {
          requestInformation(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [
      { name: 'requestedFrom', kind: 'text', required: true },
      { name: 'question', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'provideInformation',
    document: as(
      graphql(`
        mutation ProvideInformation($input: ProvideInformationInput!) {
          provideInformation(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [
      { name: 'providedBy', kind: 'text', required: true },
      { name: 'summary', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'extendDeadline',
    document: as(
      graphql(`
        mutation ExtendDeadline($input: ExtendDeadlineInput!) {
          extendDeadline(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [
      { name: 'newDueAt', kind: 'datetime', required: true, hint: 'case.hints.newDueAt' },
      { name: 'reasons', kind: 'textarea', required: true, hint: 'case.hints.reasons' },
    ],
  },
  {
    name: 'recordPrompt',
    document: as(
      graphql(`
        mutation RecordPrompt($input: RecordPromptInput!) {
          recordPrompt(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && !request(d),
    fields: [
      { name: 'receivedAt', kind: 'datetime', hint: 'case.hints.receivedAt' },
      { name: 'summary', kind: 'textarea' },
    ],
  },
  {
    name: 'routeToSuperior',
    document: as(
      graphql(`
        mutation RouteToSuperior($input: RouteToSuperiorInput!) {
          routeToSuperior(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [
      { name: 'superiorId', kind: 'text', required: true, hint: 'case.hints.superiorId' },
      { name: 'superiorName', kind: 'text', required: true },
    ],
  },
  {
    name: 'treatInProceedings',
    document: as(
      graphql(`
        mutation TreatInProceedings($input: TreatInProceedingsInput!) {
          treatInProceedings(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    // KPA art. 233–236: only what was classified as belonging to administrative proceedings goes there.
    offered: (d) => examinable(d) && (d.kind === 'IN_PENDING_CASE' || d.kind === 'AGAINST_FINAL_DECISION'),
    fields: [
      {
        name: 'route',
        kind: 'select',
        options: ['PENDING_CASE', 'REOPENING', 'ANNULMENT'],
        optionLabels: 'case.options.proceedingsRoute',
        required: true,
        label: 'case.fields.proceedingsRoute',
      },
      { name: 'caseReference', kind: 'text', required: true },
      { name: 'body', kind: 'text', required: true, label: 'case.fields.proceedingsBody' },
      { name: 'note', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'forwardComplaint',
    document: as(
      graphql(`
        mutation ForwardComplaint($input: ForwardComplaintInput!) {
          forwardComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [
      {
        name: 'mode',
        kind: 'select',
        options: ['COMPETENT_BODY', 'INDICATED', 'LOWER_BODY', 'EMPLOYEE_SUPERIOR'],
        optionLabels: 'case.options.forwardingMode',
        required: true,
        label: 'case.fields.forwardingMode',
      },
      { name: 'toBody', kind: 'text', required: true },
      { name: 'reason', kind: 'textarea', required: true },
      { name: 'noticeToComplainant', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'decideComplaint',
    document: as(
      graphql(`
        mutation DecideComplaint($input: DecideComplaintInput!) {
          decideComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && !mediating(d) && !request(d),
    fields: [
      {
        name: 'outcome',
        kind: 'select',
        options: ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'],
        optionLabels: 'case.options.outcome',
        required: true,
      },
      { name: 'factualGrounds', kind: 'textarea', hint: 'case.hints.factualGrounds' },
      { name: 'legalBasis', kind: 'legalBasis' },
      { name: 'remedies', kind: 'lines', hint: 'case.hints.lines' },
      { name: 'appealInformation', kind: 'textarea', hint: 'case.hints.appealInformation' },
      ...signer,
      { name: 'followsMediationProtocol', kind: 'yesNo' },
    ],
  },
  {
    name: 'keepPriorPosition',
    document: as(
      graphql(`
        mutation KeepPriorPosition($input: KeepPriorPositionInput!) {
          keepPriorPosition(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && !mediating(d) && !request(d),
    fields: [
      { name: 'priorDisputeId', kind: 'text', required: true, hint: 'case.hints.priorDisputeId' },
      { name: 'noNewCircumstances', kind: 'confirm' },
      { name: 'note', kind: 'textarea', required: true },
      ...signer,
    ],
  },
  {
    name: 'answerRequest',
    document: as(
      graphql(`
        mutation AnswerRequest($input: AnswerRequestInput!) {
          answerRequest(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => examinable(d) && !mediating(d) && request(d),
    fields: [
      { name: 'actionsTaken', kind: 'textarea', hint: 'case.hints.actionsTaken' },
      { name: 'reasonsNotTaken', kind: 'textarea', hint: 'case.hints.reasonsNotTaken' },
      ...signer,
    ],
  },
  {
    name: 'leaveUnexamined',
    document: as(
      graphql(`
        mutation LeaveUnexamined($input: LeaveUnexaminedInput!) {
          leaveUnexamined(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: isOpen,
    fields: [
      {
        name: 'reason',
        kind: 'select',
        options: ['ANONYMOUS', 'NOT_SUPPLEMENTED'],
        optionLabels: 'case.options.unexaminedReason',
        required: true,
        label: 'case.fields.unexaminedReason',
      },
      { name: 'explanation', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'withdrawComplaint',
    document: as(
      graphql(`
        mutation WithdrawComplaint($input: WithdrawComplaintInput!) {
          withdrawComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: examinable,
    fields: [{ name: 'reason', kind: 'textarea', label: 'case.fields.withdrawReason' }],
  },
  {
    name: 'notifyComplainant',
    document: as(
      graphql(`
        mutation NotifyComplainant($input: NotifyComplainantInput!) {
          notifyComplainant(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => isSettled(d) && d.identifiable,
    fields: [{ name: 'channel', kind: 'channel', required: true }],
  },
  {
    name: 'informRepresentative',
    document: as(
      graphql(`
        mutation InformRepresentative($input: InformRepresentativeInput!) {
          informRepresentative(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: (d) => !closed(d) && d.representativeDueAt !== null && d.representativeDueAt !== undefined,
    fields: [
      { name: 'channel', kind: 'channel', required: true },
      { name: 'summary', kind: 'textarea', required: true },
    ],
  },
  {
    name: 'closeComplaint',
    document: as(
      graphql(`
        mutation CloseComplaint($input: DisputeCommandInput!) {
          closeComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: isSettled,
    fields: [],
  },
  {
    name: 'reopenComplaint',
    document: as(
      graphql(`
        mutation ReopenComplaint($input: ReopenComplaintInput!) {
          reopenComplaint(input: $input) {
            disputeId
            revision
          }
        }
      `),
    ),
    offered: closed,
    fields: [{ name: 'newCircumstances', kind: 'textarea', required: true }],
  },
];

/** The commands this role may send that make sense for the dispute as it stands. */
export function availableCommands(role: Role, dispute: CaseDispute): CommandSpec[] {
  return commands.filter((c) => (commandRoles[c.name] as readonly Role[]).includes(role) && c.offered(dispute));
}
