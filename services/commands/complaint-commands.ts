import type { ComplaintCommandInput, ComplaintCommandName } from '../../schema/commands/complaint-commands.js';
import type { Actor } from '../../schema/envelope.js';
import type { z } from 'zod';
import { ParticipantNamesSchema, PersonalTextSchema, type SealedData } from '../../schema/events/complaint-events.js';
import {
  type ComplaintCommand,
  complaintDecider,
  type ComplaintState,
  complaintStream,
  isComplaintEvent,
  isIdentifiable,
  type PriorComplaintFacts,
} from '../domain/complaint/index.js';
import { fold } from '../domain/decider.js';
import type { Calendar, DeadlineRuleName } from '../domain/deadlines/index.js';
import type { PersonalDataVault } from '../privacy/personal-data-vault.js';
import { newSubjectId, personDataOf } from '../privacy/personal-data-vault.js';
import type { EventStore } from '../store/event-store.js';
import { caseTextSubject, nameBasedUuid } from '../../schema/streams.js';
import { commandIdFor } from './ids.js';
import { runOnStream } from './run-on-stream.js';
import { createSealing } from './sealing.js';

export interface CommandResult {
  disputeId: string;
  revision: number;
  position: bigint;
}

export interface ComplaintCommandDeps {
  store: EventStore;
  vault: PersonalDataVault;
  calendar: Calendar;
  answerRule: DeadlineRuleName;
  officeName: string;
  clock: () => Date;
}

export type ComplaintCommands = ReturnType<typeof createComplaintCommands>;

/**
 * Complaint command handling: address the stream, seal personal data, then load, decide, seal the free text of what
 * was decided with the case's key (`caseTextSubject`), append.
 */
export function createComplaintCommands(deps: ComplaintCommandDeps) {
  const now = () => deps.clock().toISOString();
  const seal = createSealing(deps.vault);

  async function execute<N extends ComplaintCommandName>(name: N, input: ComplaintCommandInput<N>, actor: Actor): Promise<CommandResult> {
    const commandId = commandIdFor(actor, input.commandId);
    // A retried receipt must address the same new stream, so its id derives from the command id.
    const disputeId = 'disputeId' in input ? input.disputeId : nameBasedUuid(`dispute:${commandId}`);
    const expectedRevision = 'expectedRevision' in input ? input.expectedRevision : null;
    const result = await runOnStream(deps.store, complaintDecider, isComplaintEvent, {
      stream: complaintStream(disputeId),
      commandId,
      correlationId: commandId,
      expectedRevision,
      actor,
      now,
      decide: async (state, at) => {
        const ctx = { now: at, actor, calendar: deps.calendar, answerRule: deps.answerRule, officeName: deps.officeName };
        const decided = complaintDecider.decide(await toDomainCommand(name, input, disputeId, state, at), state, ctx);
        // Sealed only once the decider accepted: a refused command leaves no key behind.
        const receipt = decided.find((e) => e.type === 'ComplaintReceived');
        const complainant = state.complainantSubjectId ?? receipt?.data.complainant?.subjectId ?? null;
        return seal.caseTexts(decided, caseTextSubject(disputeId, complainant));
      },
    });
    return { disputeId, ...result };
  }

  async function toDomainCommand<N extends ComplaintCommandName>(
    name: N,
    input: ComplaintCommandInput<N>,
    disputeId: string,
    state: ComplaintState,
    at: string,
  ): Promise<ComplaintCommand> {
    if (name === 'receiveComplaint') return receipt(input as ComplaintCommandInput<'receiveComplaint'>, disputeId, state.exists, at);
    const { disputeId: _d, commandId: _c, expectedRevision: _e, ...data } = input as ComplaintCommandInput<Exclude<N, 'receiveComplaint'>>;
    if (name === 'recordConversation') {
      const { participants, ...rest } = data as Omit<
        ComplaintCommandInput<'recordConversation'>,
        'disputeId' | 'commandId' | 'expectedRevision'
      >;
      // The names of those present are sealed with the complainant's key, so erasing the complainant erases them.
      const subjectId = caseTextSubject(disputeId, state.complainantSubjectId);
      return { type: 'recordConversation', data: { ...rest, participants: sealed(subjectId, ParticipantNamesSchema, participants) } };
    }
    if (name === 'keepPriorPosition') {
      const keep = data as Omit<ComplaintCommandInput<'keepPriorPosition'>, 'disputeId' | 'commandId' | 'expectedRevision'>;
      return { type: 'keepPriorPosition', data: { ...keep, prior: await priorFacts(keep.priorDisputeId, disputeId) } };
    }
    return { type: name, data } as ComplaintCommand;
  }

  /** KPA art. 239 § 1: what the decider needs to know of the earlier dispute, read from its own stream. */
  async function priorFacts(priorDisputeId: string, disputeId: string): Promise<PriorComplaintFacts> {
    if (priorDisputeId === disputeId) return { exists: true, isThisDispute: true, foundUnfounded: false };
    const prior = fold(complaintDecider, (await deps.store.readStream(complaintStream(priorDisputeId))).filter(isComplaintEvent));
    return { exists: prior.exists, isThisDispute: false, foundUnfounded: prior.foundUnfounded };
  }

  function receipt(input: ComplaintCommandInput<'receiveComplaint'>, disputeId: string, exists: boolean, at: string): ComplaintCommand {
    const { commandId: _c, complainant, receivedAt, onBehalfOf, accessibilityNeeds, ...rest } = input;
    // Seal only when the stream is new: a duplicate receipt is refused by the decider and must leave no key behind.
    const subjectId = !exists && (complainant || onBehalfOf || accessibilityNeeds) ? newSubjectId() : null;
    const about = (text: string | null) => (text && subjectId ? sealed(subjectId, PersonalTextSchema, text) : null);
    return {
      type: 'receiveComplaint',
      data: {
        ...rest,
        complaintId: disputeId,
        complainant: complainant && subjectId ? { subjectId, sealed: seal.person(subjectId, personDataOf(complainant)) } : null,
        onBehalfOf: about(onBehalfOf),
        accessibilityNeeds: about(accessibilityNeeds),
        identifiable: isIdentifiable(complainant),
        receivedAt: receivedAt ?? at,
      },
    };
  }

  const sealed = <S extends z.ZodType>(subjectId: string, schema: S, data: z.input<S>): SealedData => ({
    subjectId,
    sealed: seal.json(subjectId, schema, data),
  });

  return { execute };
}
