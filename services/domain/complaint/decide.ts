import type { EventData } from '../../../schema/events/catalogue.js';
import { event, isLater } from '../events.js';
import { NotFound, RuleViolated } from '../../errors.js';
import { computeDeadline, endOfWarsawDay, warsawDate } from '../deadlines/index.js';
import type { ComplaintCommand, DecisionContext, MediationLinkCommand } from './commands.js';
import type { ComplaintEvent } from './events.js';
import { promptInstruction, requestDelayInstruction, requestSupplementInstruction, supplementInstruction } from './notices.js';
import { answerRequest, classify, guardRequestPath } from './request.js';
import { recordSummonsDelivery } from './supplement.js';
import { routeToSuperior } from './superior-routing.js';
import { refuseByClassification, treatInProceedings } from './classification.js';
import { forwardComplaint } from './forwarding.js';
import { refuseWhenNotCompetent } from './competence.js';
import { type ComplaintState, isSettled } from './state.js';

type Command = ComplaintCommand | MediationLinkCommand;

/** Commands that still make sense for an anonymous complaint, which may only be left unexamined. */
const allowedWhenAnonymous = new Set<Command['type']>([
  'leaveUnexamined',
  'informRepresentative',
  'assignComplaint',
  'classifyComplaint',
  'closeComplaint',
]);
/** Talking to the citizen goes on after a decision: explaining it is part of good service. */
const allowedWhenSettled = new Set<Command['type']>([
  'notifyComplainant',
  'informRepresentative',
  'closeComplaint',
  'recordExplanation',
  'recordConversation',
  'assignComplaint',
]);

export function decide(command: Command, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (command.type === 'receiveComplaint') return receive(command.data, state, ctx);
  if (!state.exists) throw new NotFound('No complaint with this id. Check the dispute id.');
  // A mediation's end is recorded whatever became of the complaint meanwhile (withdrawn, closed).
  if (command.type === 'closeMediation') return closeMediation(command.data, state);
  guardLifecycle(command.type, state);
  guardRequestPath(command.type, state);
  switch (command.type) {
    case 'acknowledgeComplaint':
      if (state.acknowledged) throw new RuleViolated('already-acknowledged', 'Receipt of this complaint has already been acknowledged.');
      return [event('ComplaintAcknowledged', { acknowledgedAt: ctx.now })];
    case 'classifyComplaint':
      return classify(command.data, state, ctx);
    case 'assignComplaint':
      if (state.concernedStaffId !== null && command.data.assigneeId === state.concernedStaffId) {
        throw new RuleViolated(
          'KPA-256-complained-about',
          'The complaint concerns this employee, so it must be handled by someone else (KPA art. 256): choose another assignee.',
        );
      }
      if (command.data.assigneeId === state.assigneeId)
        throw new RuleViolated('already-assigned', 'The complaint is already assigned to this person.');
      return [event('ComplaintAssigned', { ...command.data, previousAssigneeId: state.assigneeId })];
    case 'routeToSuperior':
      return routeToSuperior(command.data, state, ctx);
    case 'requestSupplement':
      // A pending summons without the § 8 ust. 2 instruction (written before it was enforced) may be sent again with it.
      if (state.status === 'AWAITING_SUPPLEMENT' && state.summons?.instructed !== false) {
        throw new RuleViolated('supplement-pending', 'A supplement has already been requested and is still awaited.');
      }
      // § 8 ust. 2 of the 2002 regulation: the 7 days run from delivery, so the request sets no due date yet.
      return [
        event('SupplementRequested', {
          whatIsMissing: command.data.whatIsMissing,
          due: null,
          requestedAt: ctx.now,
          instruction: state.kind === 'REQUEST' ? requestSupplementInstruction : supplementInstruction,
        }),
      ];
    case 'recordSummonsDelivery':
      return recordSummonsDelivery(command.data, state, ctx);
    case 'recordSupplement':
      if (state.status !== 'AWAITING_SUPPLEMENT')
        throw new RuleViolated(
          'supplement-not-requested',
          'No supplement was requested for this complaint: record the information as a conversation or information instead.',
        );
      // The answer is due a full term after the complaint became complete, not after its unclear first version.
      return [
        event('ComplaintSupplemented', command.data),
        event('DeadlineSet', { ...computeDeadline(ctx.now, ctx.answerRule, ctx.calendar), purpose: 'ANSWER', reason: 'SUPPLEMENT' }),
      ];
    case 'leaveUnexamined':
      return leaveUnexamined(command.data, state, ctx);
    case 'requestInformation':
      return [event('InformationRequested', command.data)];
    case 'provideInformation':
      return [event('InformationProvided', command.data)];
    case 'recordConversation':
      return [event('ConversationRecorded', command.data)];
    case 'recordExplanation':
      return [event('ExplanationGiven', command.data)];
    case 'extendDeadline':
      return extendDeadline(command.data, state, ctx);
    case 'recordPrompt':
      return [event('PromptReceived', { receivedAt: command.data.receivedAt ?? ctx.now, summary: command.data.summary })];
    case 'forwardComplaint':
      return forwardComplaint(command.data, state, ctx);
    case 'treatInProceedings':
      return treatInProceedings(command.data, state, ctx);
    case 'decideComplaint':
      refuseByClassification(command.type, state.kind);
      refuseWhenNotCompetent(command.type, state);
      return decideOnMerits(command.data, state, ctx);
    case 'keepPriorPosition':
      refuseByClassification(command.type, state.kind);
      refuseWhenNotCompetent(command.type, state);
      return keepPriorPosition(command.data, state);
    case 'answerRequest':
      return answerRequest(command.data, state, ctx);
    case 'notifyComplainant':
      if (!isSettled(state))
        throw new RuleViolated(
          'notify-before-settlement',
          'There is nothing to notify yet: decide, forward or otherwise settle the complaint first.',
        );
      return [event('ComplainantNotified', { channel: command.data.channel, notifiedAt: ctx.now })];
    case 'informRepresentative':
      if (!state.passedOnByRepresentative) {
        throw new RuleViolated(
          'KPA-237-no-representative',
          'No MP, senator or councillor passed this complaint on: there is no one to inform. Notify the complainant instead.',
        );
      }
      return [event('RepresentativeInformed', { ...command.data, informedAt: ctx.now })];
    case 'withdrawComplaint':
      return [event('ComplaintWithdrawn', command.data)];
    case 'closeComplaint':
      return close(state, ctx);
    case 'openMediation':
      // KPA art. 96b § 1: mediation may be proposed at any stage, so on any open complaint.
      return [event('MediationOpened', { ...command.data, openedAt: ctx.now })];
    case 'reopenComplaint':
      return [
        event('ComplaintReopened', command.data),
        event('DeadlineSet', { ...computeDeadline(ctx.now, ctx.answerRule, ctx.calendar), purpose: 'ANSWER', reason: 'REOPENING' }),
      ];
  }
}

function guardLifecycle(type: Command['type'], state: ComplaintState) {
  if (state.status === 'CLOSED') {
    if (type !== 'reopenComplaint')
      throw new RuleViolated(
        'complaint-closed',
        'The complaint is closed. Reopen it (with the new circumstances) before recording anything more.',
      );
    return;
  }
  if (type === 'reopenComplaint') throw new RuleViolated('reopen-not-closed', 'Only a closed complaint can be reopened.');
  if (!state.identifiable && !allowedWhenAnonymous.has(type)) {
    throw new RuleViolated(
      'REG-2002-8-anonymous',
      'The complaint gives no name and address, so it can only be left unexamined (§8 of the regulation of 8 January 2002).',
    );
  }
  if (isSettled(state) && !allowedWhenSettled.has(type)) {
    throw new RuleViolated(
      'complaint-settled',
      `The complaint is already settled (${state.status}); only notifying, explaining, or closing it remains.`,
    );
  }
  // The open mediations, not the status: a supplement requested meanwhile changes the status, not the postponement.
  if (state.openMediations.length > 0 && (type === 'decideComplaint' || type === 'keepPriorPosition')) {
    throw new RuleViolated('KPA-96e-mediation-pending', 'A mediation is under way: the case stays postponed until it ends (KPA art. 96e).');
  }
}

function receive(data: EventData<'ComplaintReceived'>, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (state.exists) throw new RuleViolated('already-received', 'This complaint has already been received.');
  if (isLater(data.receivedAt, ctx.now))
    throw new RuleViolated('received-in-future', 'The date of receipt lies in the future: give the day the complaint actually arrived.');
  const events = [
    event('ComplaintReceived', data),
    event('DeadlineSet', { ...computeDeadline(data.receivedAt, ctx.answerRule, ctx.calendar), purpose: 'ANSWER', reason: 'RECEIPT' }),
  ];
  if (data.passedOnBy) {
    // KPA art. 237 § 2: the MP, senator or councillor who passed the complaint on is told how it was handled within 14 days.
    events.push(
      event('DeadlineSet', {
        ...computeDeadline(data.receivedAt, 'KPA-237-2-mp-14-days', ctx.calendar),
        purpose: 'INFORM_REPRESENTATIVE',
        reason: 'RECEIPT',
      }),
    );
  }
  return events;
}

function leaveUnexamined(data: EventData<'ComplaintLeftUnexamined'>, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (data.reason === 'ANONYMOUS' && state.identifiable) {
    throw new RuleViolated('REG-2002-8-identifiable', 'The complainant gave a name and an address: the complaint must be examined.');
  }
  if (data.reason === 'NOT_SUPPLEMENTED') {
    if (state.summons !== null && !state.summons.instructed) {
      throw new RuleViolated(
        'REG-2002-8-2-instruction',
        'The summons to supplement did not instruct that the complaint would be left unexamined (§ 8 ust. 2 of the 2002 regulation): send a new summons, which carries the instruction.',
      );
    }
    if (state.summons !== null && !state.summons.delivered) {
      throw new RuleViolated(
        'REG-2002-8-2-delivery',
        'The 7 days to supplement run from the delivery of the summons (§ 8 ust. 2 of the 2002 regulation): record its delivery, or its presumed delivery (KPA art. 44), first.',
      );
    }
    if (state.supplementDue === null || !isLater(ctx.now, state.supplementDue.dueAt)) {
      throw new RuleViolated(
        'REG-2002-8-supplement-window',
        state.supplementDue
          ? `A complaint may be left unexamined for lack of a supplement only after the 7 days given to supplement it have passed (on ${state.supplementDue.dueDate}).`
          : 'A complaint may be left unexamined for lack of a supplement only after the 7 days given to supplement it have passed.',
      );
    }
  }
  return [event('ComplaintLeftUnexamined', data)];
}

/**
 * KPA art. 237 § 3: "O sposobie załatwienia skargi zawiadamia się skarżącego." A case closes once the complainant
 * was notified, or when the law needs no notice, and the closing says which exemption applied.
 */
function close(state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  if (!isSettled(state))
    throw new RuleViolated(
      'close-before-settlement',
      'Only a settled complaint can be closed: decide, forward, leave unexamined or record its withdrawal first.',
    );
  const noticeExemption = state.notified ? null : exemptionFromNotice(state);
  if (!state.notified && noticeExemption === null) {
    throw new RuleViolated(
      'KPA-237-3-notice-before-closing',
      'The complainant must be notified of how the complaint was dealt with before the case is closed (KPA art. 237 § 3, 238 § 1): record the notice first. Only an anonymous complaint, a kept prior position (art. 239 § 1), a withdrawal or a forwarding with its notice (art. 231) closes without one.',
    );
  }
  return [event('ComplaintClosed', { closedAt: ctx.now, noticeExemption })];
}

function exemptionFromNotice(state: ComplaintState) {
  if (state.status === 'PRIOR_POSITION_KEPT') return 'PRIOR_POSITION_KEPT' as const;
  if (state.status === 'WITHDRAWN') return 'WITHDRAWN' as const;
  if (state.status === 'FORWARDED') return 'FORWARDED_WITH_NOTICE' as const;
  if (state.status === 'LEFT_UNEXAMINED' && (state.unexaminedReason === 'ANONYMOUS' || !state.identifiable)) return 'ANONYMOUS' as const;
  return null;
}

type KeepData = Extract<ComplaintCommand, { type: 'keepPriorPosition' }>['data'];

/**
 * KPA art. 239 § 1: the position is kept only when an earlier complaint was found unfounded (and shown so in the
 * answer), and the complainant repeated it without new circumstances; with a note on file, without notifying them.
 */
function keepPriorPosition(data: KeepData, state: ComplaintState): ComplaintEvent[] {
  const { prior, noNewCircumstances, ...rest } = data;
  if (!noNewCircumstances) {
    throw new RuleViolated(
      'KPA-239-new-circumstances',
      'The repeated complaint raises new circumstances, so it is examined and answered as a complaint (KPA art. 239 § 1 applies only without them).',
    );
  }
  if (!prior.exists || prior.isThisDispute) {
    throw new RuleViolated(
      'KPA-239-prior-dispute',
      prior.isThisDispute
        ? 'Name the earlier complaint, not this one (KPA art. 239 § 1).'
        : 'No earlier complaint with this id: give the id of the earlier dispute in the same matter (KPA art. 239 § 1).',
    );
  }
  if (!prior.foundUnfounded) {
    throw new RuleViolated(
      'KPA-239-prior-not-unfounded',
      'The earlier complaint was not found unfounded (decided as not upheld) in an answer, so the position cannot be kept (KPA art. 239 § 1): examine and answer this complaint.',
    );
  }
  return [event('PriorPositionKept', { ...rest, noNewCircumstances: true, basedOnRevision: state.revision })];
}

function extendDeadline(data: { newDueAt: string; reasons: string }, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  const previousDueAt = state.answerDue!.dueAt;
  if (!isLater(data.newDueAt, ctx.now)) throw new RuleViolated('KPA-36-future-date', 'The new deadline must lie in the future.');
  if (!isLater(data.newDueAt, previousDueAt)) {
    throw new RuleViolated('KPA-36-later-date', `The new deadline must be later than the current one (${previousDueAt}).`);
  }
  // KPA art. 36 § 1: the notice states the reasons, the new date and the right to a prompt (ponaglenie); a request's
  // notice (art. 244) has no ponaglenie, which reaches complaints only through art. 237 § 4.
  const instruction = state.kind === 'REQUEST' ? requestDelayInstruction : promptInstruction;
  return [
    event('DelayNoticeSent', { reasons: data.reasons, newDueAt: data.newDueAt, previousDueAt, promptInstruction: instruction }),
    // The new date is a day: the answer is on time until that day ends in Warsaw, whatever hour was typed.
    event('DeadlineSet', {
      dueDate: warsawDate(data.newDueAt),
      dueAt: endOfWarsawDay(warsawDate(data.newDueAt)),
      rule: 'KPA-36-notice',
      calendarVersion: ctx.calendar.version,
      purpose: 'ANSWER',
      reason: 'EXTENSION',
    }),
  ];
}

function closeMediation(data: EventData<'MediationClosed'>, state: ComplaintState): ComplaintEvent[] {
  if (!state.openMediations.includes(data.mediationId))
    throw new RuleViolated('mediation-not-open', 'No mediation with this id is open on this complaint.');
  // The answer deadline stays as art. 237 § 1 sets it (see `needsDelayNotice`): art. 35 § 5, which leaves the time of a
  // mediation out of a term, belongs to administrative proceedings, and Dział VIII borrows only art. 36–38 (art. 237 § 4).
  return [event('MediationClosed', data)];
}

type DecideData = Extract<ComplaintCommand, { type: 'decideComplaint' }>['data'];

function decideOnMerits(data: DecideData, state: ComplaintState, ctx: DecisionContext): ComplaintEvent[] {
  // KPA art. 238 § 1: a refusal (here also a partial one, for the part refused) states factual and legal grounds
  // and instructs on art. 239.
  if (data.outcome !== 'UPHELD') {
    if (!data.factualGrounds) {
      throw new RuleViolated(
        'KPA-238-factual-grounds',
        'A complaint not (fully) upheld needs its factual grounds (KPA art. 238 § 1): describe the facts the decision rests on.',
      );
    }
    if (data.legalBasis.length === 0) {
      throw new RuleViolated(
        'KPA-238-legal-basis',
        'A refusal must state its legal basis (KPA art. 238 § 1): add at least one act and article.',
      );
    }
    if (!data.appealInformation) {
      throw new RuleViolated(
        'KPA-239-instruction',
        'A refusal must instruct the complainant on KPA art. 239 (a repeated complaint without new circumstances may be answered by keeping this position): add the instruction.',
      );
    }
  }
  // KPA art. 96n § 1: arrangements reached in mediation within the law are followed; a departure says why.
  if (state.mediationAgreed && data.followsMediationProtocol === null) {
    throw new RuleViolated(
      'KPA-96n-follows-protocol',
      'A mediation on this complaint ended in an agreement: state whether the decision follows its protocol (KPA art. 96n).',
    );
  }
  if (!state.mediationAgreed && data.followsMediationProtocol !== null) {
    throw new RuleViolated(
      'KPA-96n-no-protocol',
      'No mediation on this complaint ended in an agreement, so there is no protocol to follow: leave followsMediationProtocol empty.',
    );
  }
  if (data.followsMediationProtocol === false && !data.factualGrounds) {
    throw new RuleViolated(
      'KPA-96n-departure-grounds',
      'A decision departing from the mediation agreement says why in its factual grounds (KPA art. 96n § 1 binds only arrangements within the law).',
    );
  }
  return [event('ComplaintDecided', { ...data, body: ctx.officeName, decidedAt: ctx.now, basedOnRevision: state.revision })];
}
