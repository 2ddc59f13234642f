import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { authorize } from '../permissions.js';
import type { ApiContext } from './context.js';

@ObjectType({ description: 'The public body this server keeps the register for.' })
export class Office {
  @Field(() => String, {
    description: 'As configured (OFFICE_NAME): the letterhead of letters to citizens, and the body named in decisions (KPA art. 238 § 1).',
  })
  name!: string;
}

@Resolver()
export class OfficeResolver {
  @Query(() => Office)
  office(@Ctx() ctx: ApiContext): Office {
    authorize(ctx.actor, 'office');
    return { name: ctx.services.officeName };
  }
}
