import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { authorize, canSeePersonalData } from '../permissions.js';
import { commandResolver } from './command-resolver.js';
import { mediationCommands } from './command-table.js';
import { shownInClear, type ApiContext } from './context.js';
import { readableDispute } from './dispute-for-role.js';
import { Dispute } from './dispute-type.js';
import { Mediation, MediationParty, toMediation } from './mediation-types.js';

/** Mediation (KPA art. 96a–96n): its mutations, one per row of the command table; the rules are in the mediation decider. */
export const MediationResolver = commandResolver(mediationCommands, (ctx) => ctx.services.mediations.execute);

@Resolver(() => Dispute)
export class DisputeMediationsResolver {
  @FieldResolver(() => [Mediation])
  mediations(@Root() dispute: Dispute): Mediation[] {
    return dispute.snapshot.view.mediations.map((m) => toMediation(m, dispute.id));
  }

  @Query(() => [Mediation], {
    description:
      'A mediator’s own mediations: those appointed to them now, open ones first, each exactly as dispute(id) shows it to them (never one recused from or another’s).',
  })
  async myMediations(@Ctx() ctx: ApiContext): Promise<Mediation[]> {
    authorize(ctx.actor, 'myMediations');
    // The link table only finds candidates; `readableDispute` applies the one rule of what a mediator may read.
    const disputes = await Promise.all(
      ctx.services.queries.disputesMediatedBy(ctx.actor.userId).map((id) => {
        const snapshot = ctx.services.queries.current(id);
        return snapshot && readableDispute(ctx, snapshot);
      }),
    );
    const own = disputes.flatMap((d) => (d ? d.snapshot.view.mediations.map((m) => toMediation(m, d.id)) : []));
    const rank = (m: Mediation) => (m.status === 'ENDED' ? 1 : 0);
    return own.sort((a, b) => rank(a) - rank(b) || (a.endsAt ?? '').localeCompare(b.endsAt ?? '') || a.id.localeCompare(b.id));
  }
}

@Resolver(() => MediationParty)
export class MediationPartyResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null for roles that may not see personal data (an ombudsman reviewer sees parties pseudonymised) and after erasure.',
  })
  name(@Root() party: MediationParty, @Ctx() ctx: ApiContext): string | null {
    const ownMediator = ctx.actor.role === 'MEDIATOR' && ctx.actor.userId === party.mediatorUserId;
    if (!canSeePersonalData(ctx.actor.role) && !ownMediator) return null;
    const person = ctx.services.vault.open(party.person.subjectId, party.person.sealed);
    if (person === 'ERASED') return null;
    shownInClear(ctx, party.person.subjectId, 'mediation-party');
    return person.name;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'What eraseSubject takes to erase this party (the complainant’s is their complainantSubjectId); only for roles that may see personal data.',
  })
  subjectId(@Root() party: MediationParty, @Ctx() ctx: ApiContext): string | null {
    return canSeePersonalData(ctx.actor.role) ? party.person.subjectId : null;
  }
}
