import type { MediationCommandInput, MediationCommandName } from '../../schema/commands/mediation-commands.js';
import type { Actor } from '../../schema/envelope.js';
import {
  type ComplaintEvent,
  complaintDecider,
  complaintStream,
  isComplaintEvent,
  type MediationLinkCommand,
} from '../domain/complaint/index.js';
import { fold } from '../domain/decider.js';
import { type Calendar, daysBetween, type DeadlineRuleName, warsawDate } from '../domain/deadlines/index.js';
import {
  isMediationEvent,
  type MediationCommand,
  mediationDecider,
  mediationStream,
  requireVisible,
  timeLimit,
} from '../domain/mediation/index.js';
import { NotFound, RuleViolated } from '../errors.js';
import { newSubjectId, type PersonalDataVault } from '../privacy/personal-data-vault.js';
import type { EventStore } from '../store/event-store.js';
import { caseTextSubject, nameBasedUuid } from '../../schema/streams.js';
import { commandIdFor } from './ids.js';
import { runOnStream } from './run-on-stream.js';
import { createSealing } from './sealing.js';

export interface MediationCommandResult {
  disputeId: string;
  mediationId: string;
  /** Revision of the mediation stream. */
  revision: number;
  /** The newest position written, on either stream: what read-your-writes waits for. */
  position: bigint;
}

export interface MediationCommandDeps {
  store: EventStore;
  vault: PersonalDataVault;
  calendar: Calendar;
  answerRule: DeadlineRuleName;
  officeName: string;
  /** Employees of the office: none may mediate its cases (KPA art. 96f § 3). */
  officeStaffIds: readonly string[];
  clock: () => Date;
}

export type MediationCommands = ReturnType<typeof createMediationCommands>;

/**
 * Mediation commands write the mediation's own stream, and link it to the complaint: `MediationOpened` when
 * proposed, `MediationClosed` when it ends. The two appends are separate (no store offers a transaction across
 * streams); both are idempotent by command id, so a retry after a failure between them completes the link.
 */
export function createMediationCommands(deps: MediationCommandDeps) {
  const now = () => deps.clock().toISOString();
  const seal = createSealing(deps.vault);
  const complaintContext = (at: string, actor: Actor) => ({
    now: at,
    actor,
    calendar: deps.calendar,
    answerRule: deps.answerRule,
    officeName: deps.officeName,
  });
  const readComplaint = async (disputeId: string) => (await deps.store.readStream(complaintStream(disputeId))).filter(isComplaintEvent);

  async function linkComplaint(disputeId: string, commandId: string, actor: Actor, command: MediationLinkCommand) {
    return runOnStream(deps.store, complaintDecider, isComplaintEvent, {
      stream: complaintStream(disputeId),
      commandId,
      correlationId: commandId,
      expectedRevision: null,
      actor,
      now,
      decide: (state, at) => complaintDecider.decide(command, state, complaintContext(at, actor)),
    });
  }

  async function propose(input: MediationCommandInput<'proposeMediation'>, actor: Actor): Promise<MediationCommandResult> {
    const commandId = commandIdFor(actor, input.commandId);
    // Scoped to the dispute too: a command id reused on another complaint must make another mediation.
    const mediationId = nameBasedUuid(`mediation:${input.disputeId}:${commandId}`);
    const complaintEvents = await readComplaint(input.disputeId);
    const complaint = fold(complaintDecider, complaintEvents);
    if (!complaint.exists) throw new NotFound('No complaint with this id. Check the dispute id.');
    // A retry of a proposal already written only completes the link: the complaint may have moved on since.
    const alreadyProposed = (await deps.store.readStream(mediationStream(mediationId), { maxCount: 1 })).length > 0;
    if (!alreadyProposed) {
      // Ask the complaint first (pure): a mediation must not be written for a complaint that cannot take one.
      complaintDecider.decide({ type: 'openMediation', data: { mediationId } }, complaint, complaintContext(now(), actor));
    }
    const complainantSubject = complainantSubjectOf(complaintEvents);
    const mediation = await runOnStream(deps.store, mediationDecider, isMediationEvent, {
      stream: mediationStream(mediationId),
      commandId,
      correlationId: commandId,
      expectedRevision: null,
      actor,
      now,
      decide: (state, when) => {
        // A party's name is personal data: sealed with the subject's key; the complainant keeps their own subject.
        const parties = input.parties.map((p) => {
          const subjectId = p.role === 'COMPLAINANT' && complainantSubject ? complainantSubject : newSubjectId();
          return { partyId: p.partyId, role: p.role, person: { subjectId, sealed: seal.person(subjectId, { name: p.name }) } };
        });
        const command: MediationCommand = {
          type: 'proposeMediation',
          data: { mediationId, complaintId: input.disputeId, parties, reason: input.reason },
        };
        const decided = mediationDecider.decide(command, state, {
          now: when,
          actor,
          calendar: deps.calendar,
          officeStaffIds: deps.officeStaffIds,
        });
        return seal.caseTexts(decided, caseTextSubject(input.disputeId, complainantSubject));
      },
    });
    const link = await linkComplaint(input.disputeId, `open:${mediationId}`, actor, { type: 'openMediation', data: { mediationId } });
    return { disputeId: input.disputeId, mediationId, revision: mediation.revision, position: maxOf(mediation.position, link.position) };
  }

  async function onMediation<N extends Exclude<MediationCommandName, 'proposeMediation'>>(
    name: N,
    input: MediationCommandInput<N>,
    actor: Actor,
  ): Promise<MediationCommandResult> {
    const commandId = commandIdFor(actor, input.commandId);
    const { mediationId, commandId: _c, expectedRevision, ...data } = input;
    const stream = mediationStream(mediationId);
    let result;
    try {
      result = await runOnStream(deps.store, mediationDecider, isMediationEvent, {
        stream,
        commandId,
        correlationId: commandId,
        expectedRevision,
        actor,
        now,
        visible: (state) => requireVisible(state, actor),
        decide: async (state, at) => {
          const decided = mediationDecider.decide({ type: name, data } as MediationCommand, state, {
            now: at,
            actor,
            calendar: deps.calendar,
            officeStaffIds: deps.officeStaffIds,
          });
          // What is typed in a mediation is sealed with its case's key, like the rest of the case's text.
          const complaint = (await deps.store.readStream(complaintStream(state.complaintId!), { maxCount: 1 })).filter(isComplaintEvent);
          return seal.caseTexts(decided, caseTextSubject(state.complaintId!, complainantSubjectOf(complaint)));
        },
      });
    } catch (error) {
      // A mediation that ended without its complaint learning of it (the link's append failed) is repaired by
      // whatever command comes next, even one refused because the mediation has ended.
      if (error instanceof RuleViolated && error.rule === 'mediation-ended') await closeLink(mediationId, actor);
      throw error;
    }
    const link = await closeLink(mediationId, actor);
    return { disputeId: link.disputeId, mediationId, revision: result.revision, position: maxOf(result.position, link.position ?? 0n) };
  }

  /**
   * Once a mediation has ended, its complaint learns it exactly once (the link's command id is the mediation's),
   * with the days the case stood postponed: from the referral to the mediator to the end, at most to the time limit
   * (KPA art. 96e, art. 35 § 5). Before the referral the case was not postponed.
   */
  async function closeLink(mediationId: string, actor: Actor): Promise<{ disputeId: string; position: bigint | null }> {
    const events = (await deps.store.readStream(mediationStream(mediationId))).filter(isMediationEvent);
    const state = fold(mediationDecider, events);
    const disputeId = state.complaintId!;
    const ended = events.find((e) => e.type === 'MediationEnded');
    if (!ended) return { disputeId, position: null };
    const complaint = fold(complaintDecider, await readComplaint(disputeId));
    if (!complaint.openMediations.includes(mediationId)) return { disputeId, position: null };
    const { result, endedAt } = ended.data;
    const referredAt = events.find((e) => e.type === 'MediatorAppointed')?.metadata.occurredAt;
    const limit = timeLimit(state)?.dueAt;
    const until = limit && Date.parse(limit) < Date.parse(endedAt) ? limit : endedAt;
    const excludedDays = referredAt ? Math.max(0, daysBetween(warsawDate(referredAt), warsawDate(until))) : 0;
    const link = await linkComplaint(disputeId, `close:${mediationId}`, actor, {
      type: 'closeMediation',
      data: { mediationId, result, excludedDays },
    });
    return { disputeId, position: link.position };
  }

  async function execute<N extends MediationCommandName>(
    name: N,
    input: MediationCommandInput<N>,
    actor: Actor,
  ): Promise<MediationCommandResult> {
    if (name === 'proposeMediation') return propose(input as MediationCommandInput<'proposeMediation'>, actor);
    return onMediation(name as Exclude<MediationCommandName, 'proposeMediation'>, input as never, actor);
  }

  return { execute };
}

const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);

function complainantSubjectOf(events: readonly ComplaintEvent[]): string | null {
  for (const e of events) if (e.type === 'ComplaintReceived') return e.data.complainant?.subjectId ?? null;
  return null;
}
