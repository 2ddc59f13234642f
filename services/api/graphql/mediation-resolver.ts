import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mediationCommandInputSchemas as schemas, type MediationCommandName } from '../../../schema/commands/mediation-commands.js';
import { authorize, canSeePersonalData } from '../permissions.js';
import { admit, answered, shownInClear, type ApiContext } from './context.js';
import { readableDispute } from './dispute-for-role.js';
import { Dispute } from './dispute-type.js';
import * as I from './mediation-types.js';
import { Mediation, MediationParty, toMediation } from './mediation-types.js';
import { CommandResult } from './types.js';

async function run<N extends MediationCommandName>(ctx: ApiContext, name: N, input: unknown): Promise<CommandResult> {
  const command = admit(ctx, name, schemas[name], input);
  return answered(ctx, await ctx.services.mediations.execute(name, command as never, ctx.actor));
}

/** Mediation (KPA art. 96a–96n): thin like every resolver; the rules are in the mediation decider. */
@Resolver()
export class MediationResolver {
  @Mutation(() => CommandResult, { description: 'Proposes mediation for a complaint; the complaint shows IN_MEDIATION until it ends.' })
  proposeMediation(@Arg('input', () => I.ProposeMediationInput) input: I.ProposeMediationInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'proposeMediation', input);
  }
  @Mutation(() => CommandResult, { description: 'A party’s consent; one refusal ends the mediation as not held.' })
  recordMediationConsent(@Arg('input', () => I.MediationConsentInput) input: I.MediationConsentInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'recordMediationConsent', input);
  }
  @Mutation(() => CommandResult) appointMediator(
    @Arg('input', () => I.AppointMediatorInput) input: I.AppointMediatorInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'appointMediator', input);
  }
  @Mutation(() => CommandResult) recordMediatorDisclosure(
    @Arg('input', () => I.RecordMediatorDisclosureInput) input: I.RecordMediatorDisclosureInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recordMediatorDisclosure', input);
  }
  @Mutation(() => CommandResult) recuseMediator(
    @Arg('input', () => I.RecuseMediatorInput) input: I.RecuseMediatorInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recuseMediator', input);
  }
  @Mutation(() => CommandResult) scheduleMediationSession(
    @Arg('input', () => I.ScheduleMediationSessionInput) input: I.ScheduleMediationSessionInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'scheduleMediationSession', input);
  }
  @Mutation(() => CommandResult) recordMediationSession(
    @Arg('input', () => I.RecordMediationSessionInput) input: I.RecordMediationSessionInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recordMediationSession', input);
  }
  @Mutation(() => CommandResult) cancelMediationSession(
    @Arg('input', () => I.CancelMediationSessionInput) input: I.CancelMediationSessionInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'cancelMediationSession', input);
  }
  @Mutation(() => CommandResult) extendMediation(
    @Arg('input', () => I.ExtendMediationInput) input: I.ExtendMediationInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'extendMediation', input);
  }
  @Mutation(() => CommandResult) fileMediationProtocol(
    @Arg('input', () => I.FileMediationProtocolInput) input: I.FileMediationProtocolInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'fileMediationProtocol', input);
  }
  @Mutation(() => CommandResult, {
    description: 'The protocol delivered to one participant (KPA art. 96m § 3), also after the mediation ended.',
  })
  recordProtocolDelivery(@Arg('input', () => I.RecordProtocolDeliveryInput) input: I.RecordProtocolDeliveryInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'recordProtocolDelivery', input);
  }
  @Mutation(() => CommandResult) endMediation(@Arg('input', () => I.EndMediationInput) input: I.EndMediationInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'endMediation', input);
  }
}

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
