import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { disputeSorts } from '../../../projections/dispute-list.js';
import { Channel, enumOf } from './enums.js';
import { DateTimeScalar } from './scalars.js';

export const DisputeSort = enumOf(disputeSorts);
registerEnumType(DisputeSort, {
  name: 'DisputeSort',
  description: 'By date received or due date; ties broken by id, so pages never overlap.',
});

@InputType({ description: 'Every condition given must hold. Periods are [from, to).' })
export class DisputeFilterInput {
  @Field(() => [String], { nullable: true }) status?: string[];
  @Field(() => String, { nullable: true }) category?: string;
  @Field(() => String, { nullable: true }) unit?: string;
  @Field(() => ID, { nullable: true }) assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Assigned to someone (true), or to no one yet (false).' }) assigned?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Not yet settled (true: received, acknowledged, awaiting a supplement or in mediation), or settled or closed (false).',
  })
  open?: boolean;
  @Field(() => Channel, { nullable: true }) channel?: string;
  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date now (true), or not (false).' }) overdue?: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) receivedFrom?: string;
  @Field(() => DateTimeScalar, { nullable: true }) receivedTo?: string;
  @Field(() => DateTimeScalar, { nullable: true }) dueFrom?: string;
  @Field(() => DateTimeScalar, { nullable: true }) dueTo?: string;
  @Field(() => ID, { nullable: true, description: 'User id of whoever recorded the decision.' }) decidedBy?: string;
}
