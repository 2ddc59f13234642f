import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { canSeePersonalData } from '../permissions.js';
import type { ApiContext } from './context.js';
import { Dispute } from './dispute-type.js';
import { MediationParty } from './mediation-types.js';
import { DateTimeScalar } from './scalars.js';

/** Stable pseudonyms (services/privacy/pseudonyms.ts), for every role: they say who is who, never who someone is. */
@Resolver(() => Dispute)
export class DisputePseudonymResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'E.g. Osoba-7F3A9C, the same wherever this person appears; null when anonymous or erased.',
  })
  complainantPseudonym(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): string | null {
    const subjectId = dispute.snapshot.view.complainant?.subjectId;
    if (!subjectId || ctx.services.equality.erasedAt(subjectId) !== null) return null;
    return ctx.services.equality.pseudonyms.person(subjectId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'What eraseSubject takes; only for roles that may see personal data.' })
  complainantSubjectId(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): string | null {
    return canSeePersonalData(ctx.actor.role) ? (dispute.snapshot.view.complainant?.subjectId ?? null) : null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the complainant’s data was erased (GDPR art. 17), if it was.' })
  complainantErasedAt(@Root() dispute: Dispute, @Ctx() ctx: ApiContext): string | null {
    const subjectId = dispute.snapshot.view.complainant?.subjectId;
    return subjectId ? ctx.services.equality.erasedAt(subjectId) : null;
  }
}

@Resolver(() => MediationParty)
export class MediationPartyPseudonymResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The party’s stable pseudonym (the complainant’s is their complainantPseudonym); null after erasure.',
  })
  pseudonym(@Root() party: MediationParty, @Ctx() ctx: ApiContext): string | null {
    const { subjectId } = party.person;
    return ctx.services.equality.erasedAt(subjectId) !== null ? null : ctx.services.equality.pseudonyms.person(subjectId);
  }
}
