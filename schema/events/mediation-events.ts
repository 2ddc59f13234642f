import { z } from 'zod';
import { InstantSchema } from '../envelope.js';
import { DeadlineFactSchema, text } from '../common.js';
import { SealedPersonSchema } from './complaint-events.js';
import { personalText } from './sealed-data.js';
import { MediationResultSchema } from './mediation-result.js';

/** The mediation stream's catalogue (DESIGN §4; KPA art. 96a–96n). Stream `mediation-<uuid>`. */
export const partyRoles = ['COMPLAINANT', 'OFFICE', 'OTHER'] as const;
/**
 * Why a mediation ended. `MediationResult` has no "not held", so a refused consent (KPA art. 96c: the
 * mediation is not held) ends it as WITHDRAWN with CONSENT_REFUSED; TIME_LIMIT goes with TIMED_OUT (art. 96e);
 * RESULT is any other end recorded by the office or the mediator.
 */
/**
 * How the protocol reached a participant (KPA art. 96m § 3): HANDED_OVER at the mediation itself, DELIVERED by post or
 * courier against a signed receipt, ELECTRONIC on the day of the electronic confirmation of receipt.
 */
export const protocolDeliveries = ['HANDED_OVER', 'DELIVERED', 'ELECTRONIC'] as const;
/**
 * KPA art. 96f § 2 ⚖: where the office itself is a participant, the mediator comes from a list: the permanent mediators
 * listed by the president of a district court, or a list kept by an organisation (a non-governmental organisation or a
 * university). The entry names the list, who keeps it, and the mediator's entry on it.
 */
export const mediatorLists = ['DISTRICT_COURT', 'ORGANISATION'] as const;
export const MediatorListEntrySchema = z.object({ list: z.enum(mediatorLists), keptBy: text(300), entry: text(100) });
export const mediationEndReasons = ['CONSENT_REFUSED', 'RESULT', 'TIME_LIMIT', 'CONSENT_TIME_LIMIT'] as const;

/** A party's name is personal data: sealed with the subject's key like the complainant's (DESIGN §6). */
export const MediationPartySchema = z.object({ partyId: text(100), role: z.enum(partyRoles), person: SealedPersonSchema });

/** Attendees, participants and signatories are named by party id: names stay sealed in the proposal. */
const partyIds = z.array(text(100));

export const mediationEventSchemas = {
  MediationProposed: z.object({
    mediationId: z.uuid(),
    complaintId: z.uuid(),
    parties: z.array(MediationPartySchema).min(2),
    reason: personalText(2000),
    proposedAt: InstantSchema,
    consentDue: DeadlineFactSchema,
  }),
  /** `givenAt`: when the party gave it (absent on older events: when recorded); `noticeDeliveredAt`: when the notice of art. 96b reached them, if told. */
  MediationConsentGiven: z.object({
    partyId: text(100),
    reason: personalText(2000).nullable(),
    givenAt: InstantSchema.optional(),
    noticeDeliveredAt: InstantSchema.nullable().optional(),
  }),
  /**
   * KPA art. 96b § 3, 96c: consent given after the 14 days is not accepted, and the mediation is not held (followed by
   * MediationEnded with CONSENT_TIME_LIMIT). `consentDue` is the term the consent missed.
   */
  MediationConsentOutOfTime: z.object({
    partyId: text(100),
    givenAt: InstantSchema,
    noticeDeliveredAt: InstantSchema.nullable(),
    consentDue: DeadlineFactSchema,
  }),
  MediationConsentRefused: z.object({ partyId: text(100), reason: personalText(2000).nullable() }),
  /** `listEntry` (KPA art. 96f § 2): required from issue 12 when the office is a party; absent on older events. */
  MediatorAppointed: z.object({
    mediatorUserId: text(100),
    mediatorName: text(200),
    postponedUntil: DeadlineFactSchema,
    listEntry: MediatorListEntrySchema.nullable().optional(),
  }),
  MediatorImpartialityDisclosed: z.object({ mediatorUserId: text(100), circumstances: personalText(5000) }),
  MediatorRecused: z.object({ mediatorUserId: text(100), reason: personalText(2000) }),
  MediationSessionScheduled: z.object({ sessionId: text(100), startsAt: InstantSchema, place: personalText(300) }),
  // KPA art. 96j: mediation is not public. Strict, so an attempt to record what was said fails loudly instead
  // of being dropped unnoticed; only the protocol carries content.
  MediationSessionHeld: z.strictObject({ sessionId: text(100), heldAt: InstantSchema, attendees: partyIds.min(1) }),
  MediationSessionCancelled: z.object({ sessionId: text(100), reason: personalText(2000) }),
  MediationExtended: z.object({ reason: personalText(2000), jointRequest: z.boolean(), newEnd: DeadlineFactSchema }),
  MediationProtocolFiled: z.object({
    arrangements: z.array(personalText(5000)),
    participants: partyIds.min(1),
    signedBy: partyIds,
    missingSignatureReason: personalText(2000).nullable(),
    filedAt: InstantSchema,
    /** Required from issue 12 (art. 96m § 2); null only on older events. */
    place: personalText(300).nullable(),
    /**
     * KPA art. 96m § 2: the mediator named with their address and their signature. The mediator acts in office
     * (art. 96f lists), so name and address stay in clear like the mediator's name on appointment. Absent on older events.
     */
    mediatorName: text(200).optional(),
    mediatorAddress: text(500).optional(),
    mediatorSigned: z.literal(true).optional(),
  }),
  /** KPA art. 96m § 3: the protocol delivered to one participant (named by party id), one event per delivery. */
  MediationProtocolDelivered: z.object({ partyId: text(100), how: z.enum(protocolDeliveries), deliveredAt: InstantSchema }),
  MediationEnded: z.object({ result: MediationResultSchema, endedBecause: z.enum(mediationEndReasons), endedAt: InstantSchema }),
} as const;
