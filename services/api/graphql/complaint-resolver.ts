import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { complaintCommandInputSchemas as schemas, type ComplaintCommandName } from '../../../schema/commands/complaint-commands.js';
import { admit, answered, type ApiContext } from './context.js';
import * as I from './inputs.js';
import { CommandResult } from './types.js';

async function run<N extends ComplaintCommandName>(ctx: ApiContext, name: N, input: unknown): Promise<CommandResult> {
  const command = admit(ctx, name, schemas[name], input);
  return answered(ctx, await ctx.services.complaints.execute(name, command as never, ctx.actor));
}

/** Thin by design: authorization and validation in `admit`, rules in the decider. */
@Resolver()
export class ComplaintResolver {
  @Mutation(() => CommandResult) receiveComplaint(
    @Arg('input', () => I.ReceiveComplaintInput) input: I.ReceiveComplaintInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'receiveComplaint', input);
  }
  @Mutation(() => CommandResult) acknowledgeComplaint(
    @Arg('input', () => I.DisputeCommandInput) input: I.DisputeCommandInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'acknowledgeComplaint', input);
  }
  @Mutation(() => CommandResult) classifyComplaint(
    @Arg('input', () => I.ClassifyComplaintInput) input: I.ClassifyComplaintInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'classifyComplaint', input);
  }
  @Mutation(() => CommandResult, { description: 'Refuses the employee the complaint is about (KPA art. 256).' })
  assignComplaint(@Arg('input', () => I.AssignComplaintInput) input: I.AssignComplaintInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'assignComplaint', input);
  }
  @Mutation(() => CommandResult, {
    description:
      "Summons the citizen to supplement an unclear complaint within 7 days of the summons' delivery, with the instruction of § 8 ust. 2 of the 2002 regulation.",
  })
  requestSupplement(@Arg('input', () => I.RequestSupplementInput) input: I.RequestSupplementInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'requestSupplement', input);
  }
  @Mutation(() => CommandResult, {
    description: 'Records when the summons to supplement was delivered (or presumed delivered, KPA art. 44): the 7 days run from it.',
  })
  recordSummonsDelivery(@Arg('input', () => I.RecordSummonsDeliveryInput) input: I.RecordSummonsDeliveryInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'recordSummonsDelivery', input);
  }
  @Mutation(() => CommandResult) recordSupplement(
    @Arg('input', () => I.RecordSupplementInput) input: I.RecordSupplementInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recordSupplement', input);
  }
  @Mutation(() => CommandResult) leaveUnexamined(
    @Arg('input', () => I.LeaveUnexaminedInput) input: I.LeaveUnexaminedInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'leaveUnexamined', input);
  }
  @Mutation(() => CommandResult) requestInformation(
    @Arg('input', () => I.RequestInformationInput) input: I.RequestInformationInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'requestInformation', input);
  }
  @Mutation(() => CommandResult) provideInformation(
    @Arg('input', () => I.ProvideInformationInput) input: I.ProvideInformationInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'provideInformation', input);
  }
  @Mutation(() => CommandResult) recordConversation(
    @Arg('input', () => I.RecordConversationInput) input: I.RecordConversationInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recordConversation', input);
  }
  @Mutation(() => CommandResult) recordExplanation(
    @Arg('input', () => I.RecordExplanationInput) input: I.RecordExplanationInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'recordExplanation', input);
  }
  @Mutation(() => CommandResult) extendDeadline(
    @Arg('input', () => I.ExtendDeadlineInput) input: I.ExtendDeadlineInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'extendDeadline', input);
  }
  @Mutation(() => CommandResult) recordPrompt(@Arg('input', () => I.RecordPromptInput) input: I.RecordPromptInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'recordPrompt', input);
  }
  @Mutation(() => CommandResult, {
    description: 'A complaint about an employee goes to their superior, within 7 days of receipt (KPA art. 256, art. 231 by analogy).',
  })
  routeToSuperior(@Arg('input', () => I.RouteToSuperiorInput) input: I.RouteToSuperiorInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'routeToSuperior', input);
  }
  @Mutation(() => CommandResult) forwardComplaint(
    @Arg('input', () => I.ForwardComplaintInput) input: I.ForwardComplaintInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'forwardComplaint', input);
  }
  @Mutation(() => CommandResult, {
    description:
      'A complaint in a pending case goes into it (KPA art. 233–234); one against a final decision becomes a request to reopen or annul (art. 235–236).',
  })
  treatInProceedings(@Arg('input', () => I.TreatInProceedingsInput) input: I.TreatInProceedingsInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'treatInProceedings', input);
  }
  @Mutation(() => CommandResult, {
    description: 'A refusal needs factual grounds, a legal basis and the art. 239 instruction (KPA art. 238 § 1).',
  })
  decideComplaint(@Arg('input', () => I.DecideComplaintInput) input: I.DecideComplaintInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'decideComplaint', input);
  }
  @Mutation(() => CommandResult) keepPriorPosition(
    @Arg('input', () => I.KeepPriorPositionInput) input: I.KeepPriorPositionInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'keepPriorPosition', input);
  }
  @Mutation(() => CommandResult, {
    description: 'Answers a request (wniosek, KPA art. 244, 247); refused on a complaint, which is decided (decideComplaint).',
  })
  answerRequest(@Arg('input', () => I.AnswerRequestInput) input: I.AnswerRequestInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'answerRequest', input);
  }
  @Mutation(() => CommandResult) notifyComplainant(
    @Arg('input', () => I.NotifyComplainantInput) input: I.NotifyComplainantInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'notifyComplainant', input);
  }
  @Mutation(() => CommandResult, { description: 'Within 14 days of receipt at the latest (KPA art. 237).' })
  informRepresentative(@Arg('input', () => I.InformRepresentativeInput) input: I.InformRepresentativeInput, @Ctx() ctx: ApiContext) {
    return run(ctx, 'informRepresentative', input);
  }
  @Mutation(() => CommandResult) withdrawComplaint(
    @Arg('input', () => I.WithdrawComplaintInput) input: I.WithdrawComplaintInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'withdrawComplaint', input);
  }
  @Mutation(() => CommandResult) closeComplaint(
    @Arg('input', () => I.DisputeCommandInput) input: I.DisputeCommandInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'closeComplaint', input);
  }
  @Mutation(() => CommandResult) reopenComplaint(
    @Arg('input', () => I.ReopenComplaintInput) input: I.ReopenComplaintInput,
    @Ctx() ctx: ApiContext,
  ) {
    return run(ctx, 'reopenComplaint', input);
  }
}
