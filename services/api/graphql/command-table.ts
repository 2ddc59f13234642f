import type { z } from 'zod';
import { type ComplaintCommandName, complaintCommandInputSchemas as complaint } from '../../../schema/commands/complaint-commands.js';
import { type MediationCommandName, mediationCommandInputSchemas as mediation } from '../../../schema/commands/mediation-commands.js';
import type { Role } from '../../../schema/envelope.js';
import type * as C from './inputs.js';
import type * as M from './mediation-types.js';

// Who may send what (DESIGN §1). Ownership checks ("only their own mediation", "not the person complained about",
// KPA art. 256) belong to the deciders, which know the state; the roles here are the gate.
export const clerkWork = ['CLERK', 'SUPERVISOR'] as const;
// Steps inside a mediation (KPA art. 96a–96n). The role gate lets staff and the mediator in; the mediation decider
// then keeps to the appointed mediator what only they may record (rule `mediator-only`): a session held, the
// impartiality disclosure (art. 96g), the protocol (art. 96m). Clerks and supervisors schedule and cancel sessions,
// extend and end the mediation, record a mediator's withdrawal.
const mediationWork = ['CLERK', 'MEDIATOR', 'SUPERVISOR'] as const;

/**
 * One row per command, its only declaration besides its domain: the zod schema that validates it, the GraphQL input
 * clients send (kept field by field equal to the schema by test/api/command-inputs-agree.spec.ts), the roles that may
 * send it and the mutation's description. The table a row is in is the stream the command goes to. The mutations
 * (`command-resolvers.ts`) and the role table (`permissions.ts`) are read from here.
 */
/**
 * A GraphQL input class (`inputs.ts`, `mediation-types.ts`), named rather than imported: the role table reads these rows
 * in worker threads too, which load no GraphQL.
 */
export type InputName = Extract<keyof typeof C | keyof typeof M, `${string}Input`>;

export interface CommandRow {
  schema: z.ZodType;
  input: InputName;
  roles: readonly Role[];
  description?: string;
}

/** Commands on a complaint's stream (skarga, KPA chapter VIII), in the order of the schema's mutations. */
export const complaintCommands = {
  receiveComplaint: { schema: complaint.receiveComplaint, input: 'ReceiveComplaintInput', roles: clerkWork },
  acknowledgeComplaint: { schema: complaint.acknowledgeComplaint, input: 'DisputeCommandInput', roles: clerkWork },
  classifyComplaint: { schema: complaint.classifyComplaint, input: 'ClassifyComplaintInput', roles: clerkWork },
  // "The supervisor assigns and reassigns" (DESIGN §1).
  assignComplaint: {
    schema: complaint.assignComplaint,
    input: 'AssignComplaintInput',
    roles: ['SUPERVISOR'],
    description: 'Refuses the employee the complaint is about (KPA art. 256).',
  },
  requestSupplement: {
    schema: complaint.requestSupplement,
    input: 'RequestSupplementInput',
    roles: clerkWork,
    description:
      "Summons the citizen to supplement an unclear complaint within 7 days of the summons' delivery, with the instruction of § 8 ust. 2 of the 2002 regulation.",
  },
  recordSummonsDelivery: {
    schema: complaint.recordSummonsDelivery,
    input: 'RecordSummonsDeliveryInput',
    roles: clerkWork,
    description: 'Records when the summons to supplement was delivered (or presumed delivered, KPA art. 44): the 7 days run from it.',
  },
  recordSupplement: { schema: complaint.recordSupplement, input: 'RecordSupplementInput', roles: clerkWork },
  leaveUnexamined: { schema: complaint.leaveUnexamined, input: 'LeaveUnexaminedInput', roles: clerkWork },
  requestInformation: { schema: complaint.requestInformation, input: 'RequestInformationInput', roles: clerkWork },
  provideInformation: { schema: complaint.provideInformation, input: 'ProvideInformationInput', roles: clerkWork },
  recordConversation: { schema: complaint.recordConversation, input: 'RecordConversationInput', roles: clerkWork },
  recordExplanation: { schema: complaint.recordExplanation, input: 'RecordExplanationInput', roles: clerkWork },
  extendDeadline: { schema: complaint.extendDeadline, input: 'ExtendDeadlineInput', roles: clerkWork },
  recordPrompt: { schema: complaint.recordPrompt, input: 'RecordPromptInput', roles: clerkWork },
  routeToSuperior: {
    schema: complaint.routeToSuperior,
    input: 'RouteToSuperiorInput',
    roles: clerkWork,
    description: 'A complaint about an employee goes to their superior, within 7 days of receipt (KPA art. 256, art. 231 by analogy).',
  },
  forwardComplaint: { schema: complaint.forwardComplaint, input: 'ForwardComplaintInput', roles: clerkWork },
  treatInProceedings: {
    schema: complaint.treatInProceedings,
    input: 'TreatInProceedingsInput',
    roles: clerkWork,
    description:
      'A complaint in a pending case goes into it (KPA art. 233–234); one against a final decision becomes a request to reopen or annul (art. 235–236).',
  },
  decideComplaint: {
    schema: complaint.decideComplaint,
    input: 'DecideComplaintInput',
    roles: clerkWork,
    description: 'A refusal needs factual grounds, a legal basis and the art. 239 instruction (KPA art. 238 § 1).',
  },
  keepPriorPosition: { schema: complaint.keepPriorPosition, input: 'KeepPriorPositionInput', roles: clerkWork },
  answerRequest: {
    schema: complaint.answerRequest,
    input: 'AnswerRequestInput',
    roles: clerkWork,
    description: 'Answers a request (wniosek, KPA art. 244, 247); refused on a complaint, which is decided (decideComplaint).',
  },
  notifyComplainant: { schema: complaint.notifyComplainant, input: 'NotifyComplainantInput', roles: clerkWork },
  informRepresentative: {
    schema: complaint.informRepresentative,
    input: 'InformRepresentativeInput',
    roles: clerkWork,
    description: 'Within 14 days of receipt at the latest (KPA art. 237).',
  },
  withdrawComplaint: { schema: complaint.withdrawComplaint, input: 'WithdrawComplaintInput', roles: clerkWork },
  closeComplaint: { schema: complaint.closeComplaint, input: 'DisputeCommandInput', roles: clerkWork },
  reopenComplaint: { schema: complaint.reopenComplaint, input: 'ReopenComplaintInput', roles: clerkWork },
} as const satisfies Record<ComplaintCommandName, CommandRow>;

/**
 * Commands on a mediation's stream (KPA art. 96a–96n). Opening it, the parties' consent and the choice of mediator
 * are the office's steps; KPA art. 96m § 3: the mediator delivers the protocol, and the office may record a delivery
 * it made or learned of.
 */
export const mediationCommands = {
  proposeMediation: {
    schema: mediation.proposeMediation,
    input: 'ProposeMediationInput',
    roles: clerkWork,
    description: 'Proposes mediation for a complaint; the complaint shows IN_MEDIATION until it ends.',
  },
  recordMediationConsent: {
    schema: mediation.recordMediationConsent,
    input: 'MediationConsentInput',
    roles: clerkWork,
    description: 'A party’s consent; one refusal ends the mediation as not held.',
  },
  appointMediator: { schema: mediation.appointMediator, input: 'AppointMediatorInput', roles: clerkWork },
  recordMediatorDisclosure: { schema: mediation.recordMediatorDisclosure, input: 'RecordMediatorDisclosureInput', roles: mediationWork },
  recuseMediator: { schema: mediation.recuseMediator, input: 'RecuseMediatorInput', roles: mediationWork },
  scheduleMediationSession: { schema: mediation.scheduleMediationSession, input: 'ScheduleMediationSessionInput', roles: mediationWork },
  recordMediationSession: { schema: mediation.recordMediationSession, input: 'RecordMediationSessionInput', roles: mediationWork },
  cancelMediationSession: { schema: mediation.cancelMediationSession, input: 'CancelMediationSessionInput', roles: mediationWork },
  extendMediation: { schema: mediation.extendMediation, input: 'ExtendMediationInput', roles: clerkWork },
  fileMediationProtocol: { schema: mediation.fileMediationProtocol, input: 'FileMediationProtocolInput', roles: mediationWork },
  recordProtocolDelivery: {
    schema: mediation.recordProtocolDelivery,
    input: 'RecordProtocolDeliveryInput',
    roles: mediationWork,
    description: 'The protocol delivered to one participant (KPA art. 96m § 3), also after the mediation ended.',
  },
  endMediation: { schema: mediation.endMediation, input: 'EndMediationInput', roles: mediationWork },
} as const satisfies Record<MediationCommandName, CommandRow>;

type RolesOf<T extends Record<string, CommandRow>> = { [N in keyof T]: T[N]['roles'] };
const rolesOf = <T extends Record<string, CommandRow>>(rows: T) =>
  Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, row.roles])) as RolesOf<T>;

/** The roles of every command of the table, for the role table. */
export const commandRoles = { ...rolesOf(complaintCommands), ...rolesOf(mediationCommands) };
