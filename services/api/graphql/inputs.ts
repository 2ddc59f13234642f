import { Field, ID, InputType, Int } from 'type-graphql';
import {
  Channel,
  Competence,
  ComplaintKind,
  ComplaintSubject,
  ForwardingMode,
  Outcome,
  ProceedingsRoute,
  RepresentativeKind,
  SummonsDelivery,
  UnexaminedReason,
} from './enums.js';
import { DateTimeScalar } from './scalars.js';

/**
 * GraphQL input shapes (DESIGN §7). GraphQL checks types; the zod schemas in schema/commands check content
 * (lengths, e-mails, uuids), so every rule about a value lives in one place.
 */
@InputType()
export class PersonInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) address?: string;
}

@InputType()
export class LegalBasisInput {
  @Field(() => String) act!: string;
  @Field(() => String) article!: string;
  @Field(() => String, { nullable: true }) url?: string;
}

@InputType()
export class SignerInput {
  @Field(() => String) name!: string;
  @Field(() => String) position!: string;
}

@InputType({ description: 'The MP, senator or councillor who passed the complaint on (KPA art. 237 § 2).' })
export class RepresentativeInput {
  @Field(() => RepresentativeKind) kind!: string;
  @Field(() => String) name!: string;
}

@InputType()
export class ReceiveComplaintInput {
  @Field(() => ID, { nullable: true, description: 'A retry with the same id changes nothing and returns the first result.' })
  commandId?: string;
  @Field(() => Channel) channel!: string;
  @Field(() => String) category!: string;
  @Field(() => String) description!: string;
  @Field(() => PersonInput, { nullable: true, description: 'Absent: anonymous.' }) complainant?: PersonInput;
  @Field(() => String, { nullable: true }) onBehalfOf?: string;
  @Field(() => RepresentativeInput, { nullable: true }) passedOnBy?: RepresentativeInput;
  @Field(() => String, { nullable: true }) concernedUnit?: string;
  @Field(() => ID, { nullable: true }) concernedStaffId?: string;
  @Field(() => String, { nullable: true }) remedySought?: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Absent: now.' }) receivedAt?: string;
  @Field(() => String, { nullable: true }) language?: string;
  @Field(() => String, { nullable: true }) accessibilityNeeds?: string;
}

@InputType({ description: 'A command on an existing dispute that needs nothing more (acknowledge, close).' })
export class DisputeCommandInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The revision you read; a mismatch gives CONFLICT instead of acting on a changed record.',
  })
  expectedRevision?: number;
}

@InputType()
export class ClassifyComplaintInput extends DisputeCommandInput {
  @Field(() => ComplaintKind) kind!: string;
  @Field(() => String) category!: string;
  @Field(() => [ComplaintSubject], { nullable: true, description: 'What the complaint is about, in the terms of KPA art. 227.' })
  subjects?: string[];
  @Field(() => Competence, {
    nullable: true,
    description:
      'The competent body under KPA art. 229: this office (then the complaint is not forwarded), or another one (then it is not decided here but forwarded there).',
  })
  competence?: string;
  @Field(() => String, { nullable: true, description: 'OTHER_BODY: the body competent under art. 229.' }) competentBody?: string;
  @Field(() => String, { nullable: true, description: 'The point of art. 229, or the special act, competence rests on.' })
  competenceBasis?: string;
}

@InputType()
export class AssignComplaintInput extends DisputeCommandInput {
  @Field(() => ID) assigneeId!: string;
  @Field(() => String) assigneeName!: string;
}

@InputType()
export class RequestSupplementInput extends DisputeCommandInput {
  @Field(() => String) whatIsMissing!: string;
}

@InputType({ description: 'The delivery of the summons to supplement: the 7 days run from it (§ 8 ust. 2 of the 2002 regulation).' })
export class RecordSummonsDeliveryInput extends DisputeCommandInput {
  @Field(() => SummonsDelivery) how!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'DELIVERED, ELECTRONIC: the day on the signed receipt or the electronic confirmation.',
  })
  deliveredAt?: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'PRESUMED: the day the first notice was left; delivery is deemed at the end of 14 days (KPA art. 44).',
  })
  noticeLeftAt?: string;
}

@InputType()
export class RecordSupplementInput extends DisputeCommandInput {
  @Field(() => String) summary!: string;
}

@InputType()
export class LeaveUnexaminedInput extends DisputeCommandInput {
  @Field(() => UnexaminedReason) reason!: string;
  @Field(() => String) explanation!: string;
}

@InputType()
export class RequestInformationInput extends DisputeCommandInput {
  @Field(() => String) requestedFrom!: string;
  @Field(() => String) question!: string;
}

@InputType()
export class ProvideInformationInput extends DisputeCommandInput {
  @Field(() => String) providedBy!: string;
  @Field(() => String) summary!: string;
}

@InputType({ description: 'The active-listening record of a conversation with the citizen.' })
export class RecordConversationInput extends DisputeCommandInput {
  @Field(() => Channel) channel!: string;
  @Field(() => [String]) participants!: string[];
  @Field(() => [String]) concernsHeard!: string[];
  @Field(() => [String], { nullable: true }) agreed?: string[];
}

@InputType()
export class RecordExplanationInput extends DisputeCommandInput {
  @Field(() => Channel) channel!: string;
  @Field(() => String) explanation!: string;
  @Field(() => String) reasons!: string;
}

@InputType({ description: 'Sends the delay notice (KPA art. 36) and sets the new deadline.' })
export class ExtendDeadlineInput extends DisputeCommandInput {
  @Field(() => DateTimeScalar) newDueAt!: string;
  @Field(() => String) reasons!: string;
}

@InputType({ description: 'A prompt (ponaglenie, KPA art. 37) received from the citizen.' })
export class RecordPromptInput extends DisputeCommandInput {
  @Field(() => DateTimeScalar, { nullable: true }) receivedAt?: string;
  @Field(() => String, { nullable: true }) summary?: string;
}

@InputType({ description: 'Routes a complaint about an employee to their superior, who examines it (KPA art. 256).' })
export class RouteToSuperiorInput extends DisputeCommandInput {
  @Field(() => String, { description: "The superior's account id; never the employee complained about." }) superiorId!: string;
  @Field(() => String) superiorName!: string;
}

@InputType({
  description:
    'A complaint classified IN_PENDING_CASE goes into that case (KPA art. 233–234); one classified AGAINST_FINAL_DECISION is treated as a request to reopen or annul (art. 235–236). Settles it as a complaint.',
})
export class TreatInProceedingsInput extends DisputeCommandInput {
  @Field(() => ProceedingsRoute) route!: string;
  @Field(() => String, { description: "The case's reference (znak sprawy), or the final decision's." }) caseReference!: string;
  @Field(() => String, { description: 'The body conducting the case, or competent to reopen it or to declare the decision void.' })
  body!: string;
  @Field(() => String) note!: string;
}

@InputType({
  description:
    'Forward to the competent body or indicate it (KPA art. 231), or pass to a lower body or to an employee’s superior (art. 232), with the notice to the citizen.',
})
export class ForwardComplaintInput extends DisputeCommandInput {
  @Field(() => String) toBody!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) noticeToComplainant!: string;
  @Field(() => ForwardingMode, {
    nullable: true,
    description:
      'COMPETENT_BODY when left out. Except for INDICATED, the decider adds to the notice the information that the complainant’s data go with the complaint (art. 13 and 14 RODO).',
  })
  mode?: string;
}

@InputType()
export class DecideComplaintInput extends DisputeCommandInput {
  @Field(() => Outcome) outcome!: string;
  @Field(() => String, { nullable: true }) factualGrounds?: string;
  @Field(() => [LegalBasisInput], { nullable: true }) legalBasis?: LegalBasisInput[];
  @Field(() => [String], { nullable: true }) remedies?: string[];
  @Field(() => String, { nullable: true }) appealInformation?: string;
  @Field(() => SignerInput) signer!: SignerInput;
  @Field(() => Boolean, {
    nullable: true,
    description: 'After a mediation agreement: whether the decision follows its protocol (KPA art. 96n).',
  })
  followsMediationProtocol?: boolean;
}

@InputType({
  description:
    'A repeated complaint without new circumstances: the earlier position is kept (KPA art. 239 § 1), without notifying the complainant.',
})
export class KeepPriorPositionInput extends DisputeCommandInput {
  @Field(() => String, { description: 'The note on file (adnotacja w aktach sprawy).' }) note!: string;
  @Field(() => ID, { description: 'The earlier complaint in the same matter; it must have been decided NOT_UPHELD.' })
  priorDisputeId!: string;
  @Field(() => Boolean, {
    description: 'The clerk states that the repeated complaint raises no new circumstances; false is refused (KPA-239-new-circumstances).',
  })
  noNewCircumstances!: boolean;
  @Field(() => SignerInput) signer!: SignerInput;
}

@InputType({
  description:
    'The answer to a request (wniosek, KPA art. 244, 247): the actions taken on it, or the reasons for not taking them (at least one).',
})
export class AnswerRequestInput extends DisputeCommandInput {
  @Field(() => String, { nullable: true, description: 'What the office did on the request.' }) actionsTaken?: string;
  @Field(() => String, { nullable: true, description: 'Why the office did not act on it (or on part of it).' }) reasonsNotTaken?: string;
  @Field(() => SignerInput) signer!: SignerInput;
}

@InputType()
export class NotifyComplainantInput extends DisputeCommandInput {
  @Field(() => Channel) channel!: string;
}

@InputType({ description: 'Tells the MP, senator or councillor who passed the complaint on how it stands or ended (KPA art. 237).' })
export class InformRepresentativeInput extends DisputeCommandInput {
  @Field(() => Channel) channel!: string;
  @Field(() => String) summary!: string;
}

@InputType()
export class WithdrawComplaintInput extends DisputeCommandInput {
  @Field(() => String, { nullable: true }) reason?: string;
}

@InputType()
export class ReopenComplaintInput extends DisputeCommandInput {
  @Field(() => String) newCircumstances!: string;
}
