import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { mediatorLists, partyRoles, protocolDeliveries } from '../../../schema/events/mediation-events.js';
import { mediationResults } from '../../../schema/events/mediation-result.js';
import type { MediationView } from '../../../projections/mediation-view.js';
import { enumOf } from './enums.js';
import { DateTimeScalar } from './scalars.js';
import { Actor } from './types.js';

export const PartyRole = enumOf(partyRoles);
export const MediationResult = enumOf(mediationResults);
export const ProtocolDeliveryHow = enumOf(protocolDeliveries);
export const MediatorList = enumOf(mediatorLists);
registerEnumType(MediatorList, {
  name: 'MediatorList',
  description:
    'The list a mediator is taken from where the office is a party (KPA art. 96f § 2): a district court’s permanent mediators, or an organisation’s list.',
});
registerEnumType(PartyRole, { name: 'PartyRole' });
registerEnumType(ProtocolDeliveryHow, {
  name: 'ProtocolDeliveryHow',
  description: 'How the mediation protocol reached a participant (KPA art. 96m § 3).',
});
registerEnumType(MediationResult, { name: 'MediationResult', description: 'How a mediation ended (KPA art. 96a–96n).' });

@InputType()
export class PartyInput {
  @Field(() => ID) partyId!: string;
  @Field(() => String) name!: string;
  @Field(() => PartyRole) role!: string;
}

@InputType()
export class ProposeMediationInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => [PartyInput]) parties!: PartyInput[];
  @Field(() => String) reason!: string;
}

@InputType()
export class MediationCommandInput {
  @Field(() => ID) mediationId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => Int, { nullable: true }) expectedRevision?: number;
}

@InputType()
export class MediationConsentInput extends MediationCommandInput {
  @Field(() => ID) partyId!: string;
  @Field(() => Boolean) consent!: boolean;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the party gave the answer (posted, submitted); absent: now.' })
  givenAt?: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the notice of KPA art. 96b reached this party: the 14 days run from it. Needed for a consent later than 14 days after the proposal; a consent after the 14 days ends the mediation (art. 96c).',
  })
  noticeDeliveredAt?: string;
}

@InputType({ description: 'A mediator’s entry on a list of KPA art. 96f § 2.' })
export class MediatorListEntryInput {
  @Field(() => MediatorList) list!: string;
  @Field(() => String, { description: 'Who keeps the list, e.g. the president of which district court.' }) keptBy!: string;
  @Field(() => String, { description: 'The mediator’s entry on it (number or reference).' }) entry!: string;
}

@InputType({ description: 'The mediator may not be an employee of the office handling the case (KPA art. 96f).' })
export class AppointMediatorInput extends MediationCommandInput {
  @Field(() => ID) mediatorUserId!: string;
  @Field(() => String) mediatorName!: string;
  @Field(() => MediatorListEntryInput, {
    nullable: true,
    description: 'Required when the office is a party (KPA art. 96f § 2): the list the mediator is taken from.',
  })
  listEntry?: MediatorListEntryInput;
}

@InputType({ description: 'Circumstances that could cast doubt on the mediator’s impartiality (KPA art. 96g).' })
export class RecordMediatorDisclosureInput extends MediationCommandInput {
  @Field(() => String) circumstances!: string;
}

@InputType()
export class RecuseMediatorInput extends MediationCommandInput {
  @Field(() => String) reason!: string;
}

@InputType()
export class ScheduleMediationSessionInput extends MediationCommandInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => String) place!: string;
}

@InputType({ description: 'Time, place and attendees only: mediation is not public (KPA art. 96j).' })
export class RecordMediationSessionInput extends MediationCommandInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => DateTimeScalar) heldAt!: string;
  @Field(() => [String], { description: 'Party ids of those present.' }) attendees!: string[];
}

@InputType()
export class CancelMediationSessionInput extends MediationCommandInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) reason!: string;
}

@InputType({ description: 'Once, by at most one month (KPA art. 96e § 2).' })
export class ExtendMediationInput extends MediationCommandInput {
  @Field(() => String) reason!: string;
  @Field(() => Boolean) jointRequest!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Absent: the full month.' }) newEndsAt?: string;
}

@InputType({ description: 'The protocol (KPA art. 96m): participants, arrangements, signatures or why one is missing.' })
export class FileMediationProtocolInput extends MediationCommandInput {
  @Field(() => [String]) arrangements!: string[];
  @Field(() => [String]) participants!: string[];
  @Field(() => [String]) signedBy!: string[];
  @Field(() => String, { nullable: true }) missingSignatureReason?: string;
  @Field(() => String, { description: 'Where the mediation was held (KPA art. 96m § 2 pt 1).' }) place!: string;
  @Field(() => String, { description: 'The mediator’s address (KPA art. 96m § 2); their name is the appointed mediator’s.' })
  mediatorAddress!: string;
  @Field(() => Boolean, { description: 'The mediator signed the protocol (KPA art. 96m § 2); false is refused.' }) mediatorSigned!: boolean;
}

@InputType({ description: 'The protocol delivered to one of its participants (KPA art. 96m § 3): one delivery per participant.' })
export class RecordProtocolDeliveryInput extends MediationCommandInput {
  @Field(() => ID) partyId!: string;
  @Field(() => ProtocolDeliveryHow) how!: string;
  @Field(() => DateTimeScalar, { description: 'The day of delivery (the receipt, the electronic confirmation, or the hand-over).' })
  deliveredAt!: string;
}

@InputType()
export class EndMediationInput extends MediationCommandInput {
  @Field(() => MediationResult) result!: string;
}

@ObjectType()
export class MediationParty {
  @Field(() => ID) partyId!: string;
  @Field(() => PartyRole) role!: string;
  @Field(() => Boolean, { nullable: true }) consent!: boolean | null;
  /** The sealed name and its subject, given per request and role by MediationPartyResolver (`name`, `subjectId`). */
  person!: MediationView['parties'][number]['person'];
  /** Whose mediation this is: its mediator may read the parties' names. */
  mediatorUserId!: string | null;
}

@ObjectType()
export class MediationSession {
  @Field(() => ID) sessionId!: string;
  @Field(() => DateTimeScalar) startsAt!: string;
  @Field(() => String) place!: string;
  @Field(() => DateTimeScalar, { nullable: true }) heldAt!: string | null;
  @Field(() => [String], { nullable: true }) attendees!: string[] | null;
  @Field(() => Boolean) cancelled!: boolean;
}

@ObjectType({ description: 'A mediator’s entry on a list of KPA art. 96f § 2.' })
export class MediatorListEntry {
  @Field(() => MediatorList) list!: string;
  @Field(() => String) keptBy!: string;
  @Field(() => String) entry!: string;
}

@ObjectType()
export class ProtocolDelivery {
  @Field(() => ID) partyId!: string;
  @Field(() => ProtocolDeliveryHow) how!: string;
  @Field(() => DateTimeScalar) deliveredAt!: string;
}

@ObjectType()
export class MediationProtocol {
  @Field(() => [String]) arrangements!: string[];
  @Field(() => [String]) participants!: string[];
  @Field(() => [String]) signedBy!: string[];
  @Field(() => String, { nullable: true }) missingSignatureReason!: string | null;
  @Field(() => DateTimeScalar) filedAt!: string;
  @Field(() => String, { nullable: true, description: 'Null on protocols filed before it was required.' }) mediatorName!: string | null;
  @Field(() => String, { nullable: true, description: 'Null on protocols filed before it was required.' }) mediatorAddress!: string | null;
  @Field(() => [ProtocolDelivery], { description: 'Its deliveries to the participants (KPA art. 96m § 3), in the order recorded.' })
  deliveries!: ProtocolDelivery[];
}

@ObjectType()
export class Mediation {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The dispute (complaint) the mediation was proposed for.' }) disputeId!: string;
  @Field(() => String) status!: string;
  @Field(() => String) reason!: string;
  @Field(() => [MediationParty]) parties!: MediationParty[];
  @Field(() => Actor, { nullable: true }) mediator!: Actor | null;
  @Field(() => MediatorListEntry, {
    nullable: true,
    description: 'The appointed mediator’s list entry (KPA art. 96f § 2); null when none was given.',
  })
  mediatorListEntry!: MediatorListEntry | null;
  @Field(() => DateTimeScalar) consentDueAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'End of the postponement (2 months, plus the extension).' }) endsAt!:
    string | null;
  @Field(() => Boolean) extended!: boolean;
  @Field(() => [MediationSession]) sessions!: MediationSession[];
  @Field(() => MediationProtocol, { nullable: true }) protocol!: MediationProtocol | null;
  @Field(() => MediationResult, { nullable: true }) result!: string | null;
}

export const toMediation = (m: MediationView, disputeId: string): Mediation =>
  Object.assign(new Mediation(), {
    ...m,
    disputeId,
    protocol: m.protocol && { ...m.protocol, deliveries: m.protocol.deliveries ?? [] },
    mediatorListEntry: m.mediatorListEntry ?? null,
    parties: m.parties.map((p) => Object.assign(new MediationParty(), p, { mediatorUserId: m.mediator?.userId ?? null })),
  });
