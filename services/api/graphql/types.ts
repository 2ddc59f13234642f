import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, Outcome, Role } from './enums.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ description: 'What a command wrote: revision of the stream it wrote, and its global position.' })
export class CommandResult {
  @Field(() => ID) disputeId!: string;
  @Field(() => ID, { nullable: true }) mediationId?: string | null;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'Global position, a string: event-store positions outgrow JavaScript numbers.' }) position!: string;
}

@ObjectType()
export class Actor {
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: keyof typeof Role;
}

@ObjectType()
export class Person {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'The person on whose behalf the complaint was made.' }) onBehalfOf?: string | null;
  @Field(() => String, { nullable: true }) accessibilityNeeds?: string | null;
}

@ObjectType()
export class LegalBasis {
  @Field(() => String) act!: string;
  @Field(() => String) article!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@ObjectType()
export class Signer {
  @Field(() => String) name!: string;
  @Field(() => String) position!: string;
}

@ObjectType()
export class Decision {
  @Field(() => Outcome) outcome!: keyof typeof Outcome;
  @Field(() => String, { nullable: true }) factualGrounds!: string | null;
  @Field(() => [LegalBasis]) legalBasis!: LegalBasis[];
  @Field(() => [String]) remedies!: string[];
  @Field(() => String, { nullable: true }) appealInformation!: string | null;
  @Field(() => Signer) signer!: Signer;
  @Field(() => DateTimeScalar) decidedAt!: string;
  @Field(() => Int, { description: 'The stream revision the signer knew when signing.' }) basedOnRevision!: number;
}

@ObjectType()
export class Explanation {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => Channel) channel!: keyof typeof Channel;
  @Field(() => String) explanation!: string;
  @Field(() => String) reasons!: string;
  @Field(() => Actor) actor!: Actor;
}

@ObjectType({ description: 'The answer deadline in force, with the rule and calendar that produced it.' })
export class Deadline {
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => String) rule!: string;
  @Field(() => String) calendarVersion!: string;
  @Field(() => Int, { description: 'How many times it was extended by a delay notice (KPA art. 36).' }) extensions!: number;
}

@ObjectType()
export class Assignee {
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}
