import { z } from 'zod';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { searchFields } from '../../../projections/search/search-projection.js';
import { NotFound } from '../../errors.js';
import { perPage } from './complexity-plugin.js';
import { admit, type ApiContext } from './context.js';
import { enumOf } from './enums.js';
import { disputeFor } from './dispute-for-role.js';
import { Dispute } from './dispute-type.js';
import { DateTimeScalar } from './scalars.js';

export const SearchField = enumOf(searchFields);
registerEnumType(SearchField, { name: 'SearchField', description: 'Which text matched: the complaint, an explanation, or a decision.' });

/** The most hits a client may ask for. */
const MAX_FIRST = 50;

const SearchArgs = z.object({
  text: z.string().trim().min(1, 'give a word to search for').max(200, 'must be at most 200 characters'),
  first: z.number().int().min(1, 'must be at least 1').max(MAX_FIRST, `must be at most ${MAX_FIRST}`),
});

@ObjectType({ description: 'A dispute whose texts match, with its best matching passage.' })
export class SearchHit {
  @Field(() => ID) disputeId!: string;
  @Field(() => SearchField) field!: string;
  @Field(() => DateTimeScalar, { description: 'When the matching text was recorded.' }) at!: string;
  @Field(() => String, { description: 'The passage, matched words between [[ and ]].' }) snippet!: string;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over descriptions, explanations and decisions; Polish letters optional ("dlugo" finds "długo").',
    complexity: perPage(MAX_FIRST),
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: ApiContext,
  ): SearchHit[] {
    const args = admit(ctx, 'search', SearchArgs, { text, first });
    return ctx.services.supervision.search(args.text, args.first);
  }

  @FieldResolver(() => Dispute)
  dispute(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Dispute {
    const snapshot = ctx.services.queries.current(hit.disputeId);
    if (!snapshot) throw new NotFound(`Dispute ${hit.disputeId} is no longer in the read model; search again.`);
    return disputeFor(ctx, snapshot);
  }
}
