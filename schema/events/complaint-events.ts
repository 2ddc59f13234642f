import { z } from 'zod';
import { InstantSchema } from '../envelope.js';
import { ChannelSchema, DeadlineFactSchema, LegalBasisSchema, OutcomeSchema, SignerSchema, text } from '../common.js';
import { MediationResultSchema } from './mediation-result.js';
import { personalText, prose, SealedDataSchema } from './sealed-data.js';

export { SealedDataSchema, type SealedData } from './sealed-data.js';

/**
 * The complaint stream's catalogue (DESIGN §4). Personal data appears only sealed with the subject's key: a
 * person's name and contact, and (`personalText`, from schema version 2) every free text typed about the case.
 */
export const SealedPersonSchema = SealedDataSchema;
/** What sealed free text about a person holds once opened: on whose behalf, accessibility needs (possibly health data). */
export const PersonalTextSchema = z.string().min(1).max(500);
/** The names of those who took part in a conversation, sealed as one list. */
export const ParticipantNamesSchema = z.array(z.string().min(1).max(200)).min(1);

/**
 * What the complaint is, as the law sorts it: IN_PENDING_CASE goes into that case (KPA art. 233–234),
 * AGAINST_FINAL_DECISION is a request to reopen or annul (art. 235–236), OUTSIDE_KPA is a matter a special act
 * governs (art. 240); none of these is answered as a complaint.
 */
export const complaintKinds = ['COMPLAINT', 'REQUEST', 'IN_PENDING_CASE', 'AGAINST_FINAL_DECISION', 'OUTSIDE_KPA'] as const;
export type ComplaintKind = (typeof complaintKinds)[number];
/**
 * Where a complaint the classification takes off the complaint path goes (KPA art. 233–236): into the pending case,
 * or as a request to reopen the proceedings (wznowienie, art. 145 ff.) or to declare the decision void (stwierdzenie
 * nieważności, art. 156 ff.).
 */
export const proceedingsRoutes = ['PENDING_CASE', 'REOPENING', 'ANNULMENT'] as const;
/**
 * How a complaint leaves the office (KPA art. 231–232 ⚖): forwarded to the competent body, or that body indicated to
 * the complainant instead (art. 231), passed to a lower body to examine (art. 232 § 1), or to the superior of the
 * employee it is about (art. 232 § 2).
 */
/**
 * What a complaint is about, in the words of KPA art. 227: neglect or improper performance of tasks (by the bodies or
 * their employees), breach of the rule of law, breach of the complainants' interests, slow or bureaucratic handling of
 * matters; OTHER, as the list is not closed ("w szczególności").
 */
export const complaintSubjects = ['NEGLECT', 'IMPROPER_PERFORMANCE', 'LAWFULNESS', 'INTERESTS', 'DELAY', 'BUREAUCRACY', 'OTHER'] as const;
export type ComplaintSubject = (typeof complaintSubjects)[number];
/** Which body is competent to examine the complaint (KPA art. 229): this office, or another one named. */
export const competences = ['THIS_OFFICE', 'OTHER_BODY'] as const;
export type Competence = (typeof competences)[number];
export const forwardingModes = ['COMPETENT_BODY', 'INDICATED', 'LOWER_BODY', 'EMPLOYEE_SUPERIOR'] as const;
export const deadlinePurposes = ['ANSWER', 'INFORM_REPRESENTATIVE'] as const;
export const deadlineReasons = ['RECEIPT', 'EXTENSION', 'SUPPLEMENT', 'REOPENING', 'MEDIATION'] as const;
export const unexaminedReasons = ['ANONYMOUS', 'NOT_SUPPLEMENTED'] as const;
export const representativeKinds = ['MP', 'SENATOR', 'COUNCILLOR'] as const;
/**
 * How a summons reached the complainant (§ 8 ust. 2 of the 2002 regulation counts from its delivery): DELIVERED on
 * the day they signed for it or took it in person, ELECTRONIC on the day of the electronic confirmation of receipt,
 * PRESUMED under KPA art. 44 when a postal letter was not collected (14 days from the first notice left).
 */
/**
 * Why a complaint was closed without a notice of how it was dealt with (KPA art. 237 § 3 otherwise requires one):
 * no name or address to send it to (§ 8 ust. 1 of the 2002 regulation), the prior position kept without notifying
 * (art. 239 § 1), withdrawn by the complainant, or forwarded with the notice of art. 231.
 */
export const noticeExemptions = ['ANONYMOUS', 'PRIOR_POSITION_KEPT', 'WITHDRAWN', 'FORWARDED_WITH_NOTICE'] as const;
export const summonsDeliveries = ['DELIVERED', 'ELECTRONIC', 'PRESUMED'] as const;

const nullableText = (max: number) => text(max).nullable();
const nullablePersonalText = (max: number) => personalText(max).nullable();

export const complaintEventSchemas = {
  ComplaintReceived: z.object({
    complaintId: z.uuid(),
    channel: ChannelSchema,
    category: text(200),
    description: personalText(10_000),
    complainant: SealedPersonSchema.nullable(),
    /** Whether the complainant gave a name and an address to answer to; without both it is anonymous (§8 of the 2002 regulation). */
    identifiable: z.boolean(),
    /** Sealed with the complainant's key: the name of the person represented is personal data. */
    onBehalfOf: SealedDataSchema.nullable(),
    passedOnBy: z.object({ kind: z.enum(representativeKinds), name: text(200) }).nullable(),
    concernedUnit: nullableText(200),
    concernedStaffId: nullableText(100),
    remedySought: nullablePersonalText(2000),
    language: nullableText(35),
    /** Sealed with the complainant's key: it may reveal health (GDPR art. 9). */
    accessibilityNeeds: SealedDataSchema.nullable(),
    receivedAt: InstantSchema,
  }),
  DeadlineSet: DeadlineFactSchema.extend({
    purpose: z.enum(deadlinePurposes),
    reason: z.enum(deadlineReasons),
  }),
  ComplaintAcknowledged: z.object({ acknowledgedAt: InstantSchema }),
  /**
   * From issue 12 the classifier may record the subject in art. 227's terms and the competent body under art. 229
   * (with the point of art. 229 or the special act it rests on); all absent on older events and when not stated.
   */
  ComplaintClassified: z.object({
    kind: z.enum(complaintKinds),
    category: text(200),
    subjects: z.array(z.enum(complaintSubjects)).optional(),
    competence: z.enum(competences).nullable().optional(),
    competentBody: prose(300).nullable().optional(),
    competenceBasis: text(200).nullable().optional(),
  }),
  ComplaintAssigned: z.object({ assigneeId: text(100), assigneeName: text(200), previousAssigneeId: z.string().nullable() }),
  /**
   * `due`: before schema change of issue 12 the 7 days were counted from the request; now they run from delivery
   * (`SupplementSummonsDelivered`), so a new request has none. `instruction` (§ 8 ust. 2 of the 2002 regulation) is
   * written by the decider; a request without it (older events) cannot lead to leaving the complaint unexamined.
   */
  SupplementRequested: z.object({
    whatIsMissing: personalText(2000),
    due: DeadlineFactSchema.nullable(),
    requestedAt: InstantSchema.optional(),
    instruction: text(2000).optional(),
  }),
  /** § 8 ust. 2 of the 2002 regulation: the 7 days run from this delivery (or its presumption, KPA art. 44). */
  SupplementSummonsDelivered: z.object({
    how: z.enum(summonsDeliveries),
    deliveredAt: InstantSchema,
    /** PRESUMED: when the postal operator left its first notice (awizo); the 14 days of art. 44 § 1 run from it. */
    noticeLeftAt: InstantSchema.nullable(),
    due: DeadlineFactSchema,
  }),
  ComplaintSupplemented: z.object({ summary: personalText(5000) }),
  ComplaintLeftUnexamined: z.object({ reason: z.enum(unexaminedReasons), explanation: personalText(2000) }),
  InformationRequested: z.object({ requestedFrom: personalText(300), question: personalText(5000) }),
  InformationProvided: z.object({ providedBy: personalText(300), summary: personalText(5000) }),
  ConversationRecorded: z.object({
    channel: ChannelSchema,
    /** Sealed with the complainant's key (DESIGN §6): the names of those present. */
    participants: SealedDataSchema,
    concernsHeard: z.array(personalText(2000)).min(1),
    agreed: z.array(personalText(2000)),
  }),
  ExplanationGiven: z.object({ channel: ChannelSchema, explanation: personalText(10_000), reasons: personalText(10_000) }),
  DelayNoticeSent: z.object({
    reasons: personalText(5000),
    newDueAt: InstantSchema,
    previousDueAt: InstantSchema,
    promptInstruction: prose(2000),
  }),
  PromptReceived: z.object({ receivedAt: InstantSchema, summary: nullablePersonalText(5000) }),
  ComplaintForwarded: z.object({
    toBody: prose(300),
    reason: personalText(5000),
    noticeToComplainant: personalText(5000),
    forwardDue: DeadlineFactSchema,
    withinDeadline: z.boolean(),
    /** Absent on events before issue 12: those were all COMPETENT_BODY. */
    mode: z.enum(forwardingModes).optional(),
    /** Art. 13 and 14 RODO: the complainant's notice says their data go with the complaint; written by the decider, absent when INDICATED. */
    dataDisclosure: prose(3000).optional(),
  }),
  /**
   * KPA art. 256 ⚖: a complaint about an employee is examined by their superior, never by them. Passed on without
   * delay, within 7 days of receipt (art. 231's term, by analogy ⚖); `withinDeadline` says whether it was.
   */
  ComplaintRoutedToSuperior: z.object({
    concernedStaffId: text(100),
    superiorId: text(100),
    superiorName: text(200),
    routedAt: InstantSchema,
    routingDue: DeadlineFactSchema,
    withinDeadline: z.boolean(),
  }),
  /** KPA art. 233–236: the complaint went into the proceedings it belongs to, which settles it as a complaint. */
  ComplaintTreatedInProceedings: z.object({
    route: z.enum(proceedingsRoutes),
    /** The case's reference (znak sprawy) or the final decision's. */
    caseReference: text(100),
    /** The body conducting the case, or competent to reopen it or to declare the decision void. */
    body: prose(300),
    note: personalText(2000),
    treatedAt: InstantSchema,
  }),
  ComplaintDecided: z.object({
    outcome: OutcomeSchema,
    factualGrounds: nullablePersonalText(20_000),
    legalBasis: z.array(LegalBasisSchema),
    remedies: z.array(personalText(2000)),
    appealInformation: nullablePersonalText(5000),
    signer: SignerSchema,
    body: text(300),
    decidedAt: InstantSchema,
    basedOnRevision: z.number().int().nonnegative(),
    /** KPA art. 96n: whether the decision follows a mediation protocol's arrangements; null when no mediation reached one. */
    followsMediationProtocol: z.boolean().nullable(),
  }),
  /**
   * KPA art. 239 § 1. From issue 12 the earlier dispute is required and was checked to have been found unfounded,
   * and the clerk states that the repeated complaint raises no new circumstances; older events may lack both.
   */
  PriorPositionKept: z.object({
    note: personalText(5000),
    priorDisputeId: z.uuid().nullable(),
    noNewCircumstances: z.literal(true).optional(),
    signer: SignerSchema,
    basedOnRevision: z.number().int().nonnegative(),
  }),
  /**
   * KPA art. 244, 247: a request (wniosek) answered with the actions taken on it or the reasons for not taking them
   * (at least one), the art. 247 instruction the decider writes, the body and the signer.
   */
  RequestAnswered: z.object({
    actionsTaken: nullablePersonalText(20_000),
    reasonsNotTaken: nullablePersonalText(20_000),
    complaintInstruction: prose(2000),
    signer: SignerSchema,
    body: text(300),
    answeredAt: InstantSchema,
    basedOnRevision: z.number().int().nonnegative(),
  }),
  ComplainantNotified: z.object({ channel: ChannelSchema, notifiedAt: InstantSchema }),
  /** KPA art. 237: the MP, senator or councillor who passed the complaint on is told how it stands or ended. */
  RepresentativeInformed: z.object({ channel: ChannelSchema, summary: personalText(2000), informedAt: InstantSchema }),
  ComplaintWithdrawn: z.object({ reason: nullablePersonalText(2000) }),
  /** `noticeExemption`: set when closed with no ComplainantNotified, saying which exemption applied; absent on older events. */
  ComplaintClosed: z.object({ closedAt: InstantSchema, noticeExemption: z.enum(noticeExemptions).nullable().optional() }),
  ComplaintReopened: z.object({ newCircumstances: personalText(5000) }),
  /** Links to the mediation stream: the complaint stays IN_MEDIATION until every mediation opened on it is closed. */
  MediationOpened: z.object({ mediationId: z.uuid(), openedAt: InstantSchema }),
  /** excludedDays: how long the case stood postponed for it (referral to end, at most to its time limit). */
  MediationClosed: z.object({ mediationId: z.uuid(), result: MediationResultSchema, excludedDays: z.number().int().nonnegative() }),
} as const;
