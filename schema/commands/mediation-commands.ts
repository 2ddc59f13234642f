import { z } from 'zod';
import { InstantSchema } from '../envelope.js';
import { list, text } from '../common.js';
import { MediatorListEntrySchema, partyRoles, protocolDeliveries } from '../events/mediation-events.js';
import { MediationResultSchema } from '../events/mediation-result.js';
import { CommandIdSchema, ExpectedRevisionSchema, optionalText } from './complaint-commands.js';

/** The mediation mutations' inputs (DESIGN §7), validated at the boundary like the complaint's. */
const partyId = text(100);
/** Party ids named in a session or protocol: each counts once, whatever the client repeated. */
const partyIds = list(partyId, 50, 'party ids');
const distinct = (ids: string[]) => [...new Set(ids)];

export const PartyInputSchema = z.object({ partyId, name: text(200), role: z.enum(partyRoles) });

const onMediation = z.object({
  mediationId: z.uuid('must be a mediation id (a UUID)'),
  commandId: CommandIdSchema,
  expectedRevision: ExpectedRevisionSchema,
});

export const mediationCommandInputSchemas = {
  proposeMediation: z.object({
    disputeId: z.uuid('must be a dispute id (a UUID)'),
    commandId: CommandIdSchema,
    parties: list(PartyInputSchema, 20, 'parties')
      .min(2, 'a mediation needs at least two parties')
      .refine((ps) => new Set(ps.map((p) => p.partyId)).size === ps.length, 'each party needs its own partyId'),
    reason: text(2000),
  }),
  recordMediationConsent: onMediation.extend({
    partyId,
    consent: z.boolean(),
    reason: optionalText(2000),
    /** When the party gave its answer (posted, submitted); absent: now. */
    givenAt: InstantSchema.nullish().transform((v) => v ?? null),
    /** When the notice of art. 96b reached this party: its 14 days run from then. */
    noticeDeliveredAt: InstantSchema.nullish().transform((v) => v ?? null),
  }),
  appointMediator: onMediation.extend({
    mediatorUserId: text(100),
    mediatorName: text(200),
    /** KPA art. 96f § 2: the mediator's entry on a list, required when the office is a party. */
    listEntry: MediatorListEntrySchema.nullish().transform((v) => v ?? null),
  }),
  recordMediatorDisclosure: onMediation.extend({ circumstances: text(5000) }),
  recuseMediator: onMediation.extend({ reason: text(2000) }),
  scheduleMediationSession: onMediation.extend({ sessionId: text(100), startsAt: InstantSchema, place: text(300) }),
  recordMediationSession: onMediation.extend({
    sessionId: text(100),
    heldAt: InstantSchema,
    attendees: partyIds.min(1, 'name at least one attendee').transform(distinct),
  }),
  cancelMediationSession: onMediation.extend({ sessionId: text(100), reason: text(2000) }),
  extendMediation: onMediation.extend({
    reason: text(2000),
    jointRequest: z.boolean(),
    /** The last day wanted (its Warsaw date counts); absent: the full month art. 96e § 2 allows. */
    newEndsAt: InstantSchema.nullish().transform((v) => v ?? null),
  }),
  fileMediationProtocol: onMediation.extend({
    arrangements: list(text(5000), 100, 'arrangements'),
    participants: partyIds.transform(distinct),
    signedBy: partyIds.transform(distinct),
    missingSignatureReason: optionalText(2000),
    /** KPA art. 96m § 2 pt 1: where (and, by the filing, when) the mediation was held. */
    place: text(300),
    /** KPA art. 96m § 2: the mediator's address (the name is the appointed mediator's) and signature. */
    mediatorAddress: text(500),
    mediatorSigned: z.boolean(),
  }),
  endMediation: onMediation.extend({ result: MediationResultSchema }),
  /** KPA art. 96m § 3: one participant's copy of the protocol delivered, and when. */
  recordProtocolDelivery: onMediation.extend({ partyId, how: z.enum(protocolDeliveries), deliveredAt: InstantSchema }),
} as const;

export type MediationCommandName = keyof typeof mediationCommandInputSchemas;
export type MediationCommandInput<N extends MediationCommandName> = z.output<(typeof mediationCommandInputSchemas)[N]>;
