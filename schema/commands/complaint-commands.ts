import { z } from 'zod';
import { InstantSchema } from '../envelope.js';
import { ChannelSchema, LegalBasisSchema, list, OutcomeSchema, SignerSchema, text } from '../common.js';
import {
  competences,
  complaintKinds,
  complaintSubjects,
  forwardingModes,
  proceedingsRoutes,
  representativeKinds,
  summonsDeliveries,
  unexaminedReasons,
} from '../events/complaint-events.js';

/**
 * What clients may send, validated at the boundary (the GraphQL inputs of DESIGN §7).
 * Every mutation input carries an optional commandId (retries) and, on an existing dispute, an optional expectedRevision.
 */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v ?? null);

export const CommandIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .nullish()
  .transform((v) => v ?? null);

export const PersonInputSchema = z.object({
  name: text(200),
  email: z
    .email('must be a valid e-mail address')
    .max(254)
    .nullish()
    .transform((v) => v ?? null),
  phone: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .nullish()
    .transform((v) => v ?? null),
  address: optionalText(500),
});
export type PersonInput = z.infer<typeof PersonInputSchema>;

export const ReceiveComplaintInputSchema = z
  .object({
    commandId: CommandIdSchema,
    channel: ChannelSchema,
    category: text(200),
    description: text(10_000),
    complainant: PersonInputSchema.nullish().transform((v) => v ?? null),
    onBehalfOf: optionalText(300),
    passedOnBy: z
      .object({ kind: z.enum(representativeKinds), name: text(200) })
      .nullish()
      .transform((v) => v ?? null),
    concernedUnit: optionalText(200),
    concernedStaffId: optionalText(100),
    remedySought: optionalText(2000),
    receivedAt: InstantSchema.nullish().transform((v) => v ?? null),
    language: optionalText(35),
    accessibilityNeeds: optionalText(500),
  })
  .superRefine((input, ctx) => {
    // Both are about the complainant and sealed with their key: without a complainant no one could read or erase them.
    for (const field of ['onBehalfOf', 'accessibilityNeeds'] as const) {
      if (input[field] !== null && input.complainant === null) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'needs a complainant: give the complainant’s name, or leave it out for an anonymous complaint',
        });
      }
    }
  });

export const ExpectedRevisionSchema = z
  .number()
  .int()
  .nonnegative()
  .nullish()
  .transform((v) => v ?? null);

const onDispute = z.object({
  disputeId: z.uuid('must be a dispute id (a UUID)'),
  commandId: CommandIdSchema,
  expectedRevision: ExpectedRevisionSchema,
});

export const complaintCommandInputSchemas = {
  receiveComplaint: ReceiveComplaintInputSchema,
  acknowledgeComplaint: onDispute,
  classifyComplaint: onDispute
    .extend({
      kind: z.enum(complaintKinds),
      category: text(200),
      /** KPA art. 227: what the complaint is about, in the law's terms. */
      subjects: list(z.enum(complaintSubjects), complaintSubjects.length, 'subjects')
        .nullish()
        .transform((v) => [...new Set(v ?? [])]),
      /** KPA art. 229: whether this office is competent, or which body is. */
      competence: z
        .enum(competences)
        .nullish()
        .transform((v) => v ?? null),
      competentBody: optionalText(300),
      competenceBasis: optionalText(200),
    })
    .superRefine((input, ctx) => {
      if (input.competence === 'OTHER_BODY' && input.competentBody === null) {
        ctx.addIssue({ code: 'custom', path: ['competentBody'], message: 'name the competent body (KPA art. 229)' });
      }
      if (input.competence !== 'OTHER_BODY' && input.competentBody !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['competentBody'],
          message: 'name a body only when another body is competent (competence OTHER_BODY)',
        });
      }
    }),
  assignComplaint: onDispute.extend({ assigneeId: text(100), assigneeName: text(200) }),
  requestSupplement: onDispute.extend({ whatIsMissing: text(2000) }),
  recordSummonsDelivery: onDispute
    .extend({
      how: z.enum(summonsDeliveries),
      deliveredAt: InstantSchema.nullish().transform((v) => v ?? null),
      noticeLeftAt: InstantSchema.nullish().transform((v) => v ?? null),
    })
    .superRefine((input, ctx) => {
      // KPA art. 44: an uncollected letter is delivered by presumption, counted from the first notice left.
      if (input.how === 'PRESUMED' && input.noticeLeftAt === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['noticeLeftAt'],
          message: 'give the day the postal operator left its first notice (KPA art. 44 § 2)',
        });
      }
      if (input.how !== 'PRESUMED' && input.deliveredAt === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['deliveredAt'],
          message: 'give the day of delivery (as on the signed receipt or the electronic confirmation)',
        });
      }
    }),
  recordSupplement: onDispute.extend({ summary: text(5000) }),
  leaveUnexamined: onDispute.extend({ reason: z.enum(unexaminedReasons), explanation: text(2000) }),
  requestInformation: onDispute.extend({ requestedFrom: text(300), question: text(5000) }),
  provideInformation: onDispute.extend({ providedBy: text(300), summary: text(5000) }),
  recordConversation: onDispute.extend({
    channel: ChannelSchema,
    participants: list(text(200), 50, 'participants').min(1, 'name at least one participant'),
    concernsHeard: list(text(2000), 50, 'concerns').min(1, 'record at least one concern heard'),
    agreed: list(text(2000), 50, 'agreements')
      .nullish()
      .transform((v) => v ?? []),
  }),
  recordExplanation: onDispute.extend({ channel: ChannelSchema, explanation: text(10_000), reasons: text(10_000) }),
  extendDeadline: onDispute.extend({ newDueAt: InstantSchema, reasons: text(5000) }),
  recordPrompt: onDispute.extend({ receivedAt: InstantSchema.nullish().transform((v) => v ?? null), summary: optionalText(5000) }),
  /** KPA art. 256: the employee's superior, who examines a complaint about them. */
  routeToSuperior: onDispute.extend({ superiorId: text(100), superiorName: text(200) }),
  forwardComplaint: onDispute.extend({
    toBody: text(300),
    reason: text(5000),
    noticeToComplainant: text(5000),
    mode: z
      .enum(forwardingModes)
      .nullish()
      .transform((v) => v ?? 'COMPETENT_BODY'),
  }),
  /** KPA art. 233–236: the complaint goes into the pending case, or is treated as a request to reopen or annul. */
  treatInProceedings: onDispute.extend({ route: z.enum(proceedingsRoutes), caseReference: text(100), body: text(300), note: text(2000) }),
  decideComplaint: onDispute.extend({
    outcome: OutcomeSchema,
    factualGrounds: optionalText(20_000),
    legalBasis: list(LegalBasisSchema, 50, 'provisions')
      .nullish()
      .transform((v) => v ?? []),
    remedies: list(text(2000), 50, 'remedies')
      .nullish()
      .transform((v) => v ?? []),
    appealInformation: optionalText(5000),
    signer: SignerSchema,
    followsMediationProtocol: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
  }),
  keepPriorPosition: onDispute.extend({
    note: text(5000),
    /** KPA art. 239 § 1: the earlier complaint in the same matter, found unfounded. */
    priorDisputeId: z.uuid('must be the id of the earlier dispute (a UUID)'),
    /** The clerk's statement that the repeated complaint raises no new circumstances. */
    noNewCircumstances: z.boolean(),
    signer: SignerSchema,
  }),
  /** KPA art. 244, 247: a request's answer: the actions taken on it, or the reasons for not taking them. */
  answerRequest: onDispute.extend({
    actionsTaken: optionalText(20_000),
    reasonsNotTaken: optionalText(20_000),
    signer: SignerSchema,
  }),
  notifyComplainant: onDispute.extend({ channel: ChannelSchema }),
  informRepresentative: onDispute.extend({ channel: ChannelSchema, summary: text(2000) }),
  withdrawComplaint: onDispute.extend({ reason: optionalText(2000) }),
  closeComplaint: onDispute,
  reopenComplaint: onDispute.extend({ newCircumstances: text(5000) }),
} as const;

export type ComplaintCommandName = keyof typeof complaintCommandInputSchemas;
export type ComplaintCommandInput<N extends ComplaintCommandName> = z.output<(typeof complaintCommandInputSchemas)[N]>;
