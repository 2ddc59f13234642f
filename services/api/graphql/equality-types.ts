import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { withdrawalScopes } from '../../../schema/commands/equality-commands.js';
import { enumOf } from './enums.js';
import { DateTimeScalar } from './scalars.js';

export const WithdrawalScope = enumOf(withdrawalScopes);
export const FlagReason = enumOf(['SLOW', 'FAST', 'OUTCOME_AGAINST_PEERS'] as const);
export const SignificanceTestName = enumOf(['FISHER_EXACT', 'CHI_SQUARE'] as const);
registerEnumType(WithdrawalScope, {
  name: 'WithdrawalScope',
  description: 'THIS_CASE, or ALL_CASES of the same complainant recorded so far.',
});
registerEnumType(FlagReason, { name: 'FlagReason', description: 'Why a case stands out from its peers (same category and unit).' });
registerEnumType(SignificanceTestName, { name: 'SignificanceTestName' });

@InputType()
export class EqualityAnswerInput {
  @Field(() => String, { description: 'ageBand, sex, disability, ethnicOrigin or firstLanguage (those the office asks).' })
  dimension!: string;
  @Field(() => String, { description: 'One of the dimension’s values (see equalityQuestions), or PREFER_NOT_TO_SAY.' }) value!: string;
}

@InputType({ description: 'Voluntary answers, only with explicit consent (GDPR art. 9(2)(a)); frozen with the case once recorded.' })
export class RecordEqualityDataInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => Boolean) consent!: boolean;
  @Field(() => [EqualityAnswerInput]) answers!: EqualityAnswerInput[];
}

@InputType({ description: 'Withdrawal of consent (GDPR art. 7(3)): the answers leave every report over a period not ended yet.' })
export class WithdrawEqualityConsentInput {
  @Field(() => ID) disputeId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => WithdrawalScope, { nullable: true, defaultValue: 'THIS_CASE' }) scope?: string;
}

@InputType({ description: 'A lawful erasure request (GDPR art. 17): the person’s key is destroyed; events stay, unreadable.' })
export class EraseSubjectInput {
  @Field(() => ID) subjectId!: string;
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => String, { description: 'The ground and reference of the request, e.g. "art. 17(1)(a) RODO, wniosek z 3.03.2025".' })
  reason!: string;
}

@ObjectType()
export class ErasureResult {
  @Field(() => ID) subjectId!: string;
  @Field(() => DateTimeScalar, { description: 'When the key was destroyed: the proof the request was carried out.' }) erasedAt!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String) position!: string;
}

@ObjectType({ description: 'A question the office asks, with its closed list of answers.' })
export class EqualityQuestion {
  @Field(() => String) dimension!: string;
  @Field(() => [String]) values!: string[];
}

@ObjectType({ description: 'A sentence for staff who are not statisticians; it speaks of chance, never of cause.' })
export class PValueReading {
  @Field(() => String) pl!: string;
  @Field(() => String) en!: string;
}

@ObjectType()
export class OutcomeShares {
  @Field(() => Float) upheld!: number;
  @Field(() => Float) partlyUpheld!: number;
  @Field(() => Float) notUpheld!: number;
}

@ObjectType()
export class SignificanceTest {
  @Field(() => SignificanceTestName) test!: string;
  @Field(() => Float) pValue!: number;
  @Field(() => Float, { nullable: true, description: 'Chi-square statistic; null for Fisher’s exact test.' }) statistic!: number | null;
  @Field(() => Int, { nullable: true }) df!: number | null;
  @Field(() => PValueReading) reading!: PValueReading;
}

@ObjectType({
  description:
    'One group’s figures (docs/equal-treatment.md explains each). Null when suppressed or when there is nothing to compute from.',
})
export class GroupFigures {
  @Field(() => String) group!: string;
  @Field(() => Boolean, {
    description: 'Too small, or hidden so that a small group cannot be worked out by subtraction; every figure is null.',
  })
  suppressed!: boolean;
  @Field(() => [String], { description: 'The figure sets hidden: cases, decisions, deadlines, refusals, mediations, delayNotices.' })
  suppressedFigures!: string[];
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Int, { nullable: true }) decided!: number | null;
  @Field(() => OutcomeShares, { nullable: true }) outcomeShares!: OutcomeShares | null;
  @Field(() => Float, { nullable: true }) upheldRate!: number | null;
  @Field(() => Float, { nullable: true }) adverseImpactRatio!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Adverse-impact ratio below 0.8 (the four-fifths rule of thumb).' }) flagged!:
    boolean | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => SignificanceTestName, { nullable: true }) test!: string | null;
  @Field(() => Float, { nullable: true, description: 'Holm-adjusted over the groups compared.' }) adjustedPValue!: number | null;
  @Field(() => PValueReading, { nullable: true }) reading!: PValueReading | null;
  @Field(() => Float, { nullable: true }) medianDaysToDecision!: number | null;
  @Field(() => Float, { nullable: true }) p90DaysToDecision!: number | null;
  @Field(() => Float, { nullable: true }) deadlineComplianceRate!: number | null;
  @Field(() => Float, { nullable: true }) delayNoticeRate!: number | null;
  @Field(() => Float, { nullable: true }) refusalCompletenessRate!: number | null;
  @Field(() => Float, { nullable: true }) explanationsPerCase!: number | null;
  @Field(() => Float, { nullable: true }) mediationOfferRate!: number | null;
  @Field(() => Float, { nullable: true }) mediationAgreementRate!: number | null;
}

@ObjectType({ description: 'Complaints received in [from, to), by one dimension; aggregates only, small groups suppressed.' })
export class EqualTreatmentReport {
  @Field(() => String) dimension!: string;
  @Field(() => DateTimeScalar) from!: string;
  @Field(() => DateTimeScalar) to!: string;
  @Field(() => DateTimeScalar, {
    description: 'The moment the figures describe: the end of the period (`to`); every fact is as it was known then.',
  })
  asOf!: string;
  @Field(() => Int) minimumGroupSize!: number;
  @Field(() => [GroupFigures], {
    description: 'In the order of the groups’ names; every possible answer of an equality dimension is listed.',
  })
  groups!: GroupFigures[];
  @Field(() => SignificanceTest, { nullable: true, description: 'Whether the upheld rate differs at all across the compared groups.' })
  overallTest!: SignificanceTest | null;
}

@ObjectType({ description: 'A case far from its peers (same category and unit), for review; pseudonymised.' })
export class ConsistencyFlag {
  @Field(() => ID, { description: 'Opens the case (pseudonymised for an ombudsman reviewer).' }) disputeId!: string;
  @Field(() => String, { description: 'A stable label, e.g. Sprawa-1C04E2, for lists shared outside the case file.' }) pseudonym!: string;
  @Field(() => String) category!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => FlagReason) reason!: string;
  @Field(() => Float, { description: 'Days to decision, or days waiting so far for an open case.' }) days!: number;
  @Field(() => Int, { description: 'Decided peers compared with.' }) peers!: number;
  @Field(() => Float) peerMedianDays!: number;
  @Field(() => Float, { nullable: true, description: 'For SLOW and FAST: median ± 3 robust deviations (at least 6 days).' }) boundDays!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'For OUTCOME_AGAINST_PEERS: share of peers decided the other way.' })
  peerShareOtherWay!: number | null;
}
