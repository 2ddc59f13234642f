import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { InstantSchema } from '../../../schema/envelope.js';
import { Role } from './enums.js';
import { admit, type ApiContext } from './context.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ description: 'One showing of a person’s data in clear: who saw whose data, when, through which operation.' })
export class AccessLogEntry {
  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: keyof typeof Role;

  @Field(() => ID, { description: 'The person whose data was shown (eraseSubject’s subjectId).' })
  subjectId!: string;

  @Field(() => String, { description: 'The GraphQL operation (its name, else its root fields) or the export route.' })
  operation!: string;

  @Field(() => String, {
    description:
      'Which data: complainant, on-behalf-of, accessibility-needs, conversation-participants, mediation-party, register-name, equality-answers, subject-access-request.',
  })
  data!: string;
}

const AccessLogArgs = z.object({
  subjectId: z.string().min(1).max(100).optional(),
  userId: z.string().min(1).max(200).optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
  first: z.number().int().min(1, 'ask for at least one entry').max(1000, 'at most 1000 entries at a time: narrow the period'),
});

@Resolver()
export class AccessLogResolver {
  @Query(() => [AccessLogEntry], {
    description: 'Who was shown whose personal data in clear (GDPR art. 5(2), 30), newest first. ADMIN only.',
  })
  accessLog(
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | undefined,
    @Arg('userId', () => ID, { nullable: true }) userId: string | undefined,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from: string | undefined,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to: string | undefined,
    @Arg('first', () => Int, { defaultValue: 200 }) first: number,
    @Ctx() ctx: ApiContext,
  ): Promise<AccessLogEntry[]> {
    const query = admit(ctx, 'accessLog', AccessLogArgs, { subjectId, userId, from, to, first });
    return ctx.services.audit.find(query);
  }
}
