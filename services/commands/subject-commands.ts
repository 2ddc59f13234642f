import type { EraseSubjectInput, RecordEqualityDataInput, WithdrawEqualityConsentInput } from '../../schema/commands/equality-commands.js';
import { SealedAnswersSchema } from '../../schema/equality-dimensions.js';
import type { Actor } from '../../schema/envelope.js';
import type { EventData } from '../../schema/events/catalogue.js';
import { checkRecording, decide, evolve, initialState, type SubjectCommand, type SubjectState } from '../domain/subject/index.js';
import { NotFound } from '../errors.js';
import type { PersonalDataVault } from '../privacy/personal-data-vault.js';
import type { SubjectKeyStore } from '../privacy/subject-key-store.js';
import type { EventStore } from '../store/event-store.js';
import { complaintStream, subjectStream } from '../../schema/streams.js';
import { commandIdFor } from './ids.js';
import { runOnStream, type StreamCommandResult } from './run-on-stream.js';

export interface SubjectCommandDeps {
  store: EventStore;
  vault: PersonalDataVault;
  keys: SubjectKeyStore;
  clock: () => Date;
}

export type SubjectCommands = ReturnType<typeof createSubjectCommands>;

/**
 * Commands on a person's privacy stream. The complaint is read only to find its complainant: the case stream
 * itself is never written, so equality data stays linked to the case by reference alone.
 */
export function createSubjectCommands(deps: SubjectCommandDeps) {
  const now = () => deps.clock().toISOString();
  const decider = { initialState, evolve };

  const run = (subjectId: string, commandId: string, actor: Actor, decideOn: (state: SubjectState, at: string) => SubjectCommand) =>
    runOnStream(deps.store, decider, {
      stream: subjectStream(subjectId),
      commandId,
      correlationId: commandId,
      expectedRevision: null,
      actor,
      now,
      decide: (state, at) => decide(decideOn(state, at), state, { now: at }),
    });

  async function complainantOf(disputeId: string): Promise<EventData<'ComplaintReceived'>> {
    const [first] = await deps.store.readStream(complaintStream(disputeId), { maxCount: 1 });
    if (first?.type !== 'ComplaintReceived') throw new NotFound('No complaint with this id. Check the dispute id.');
    return first.data as EventData<'ComplaintReceived'>;
  }

  async function recordEqualityData(input: RecordEqualityDataInput, actor: Actor) {
    const received = await complainantOf(input.disputeId);
    const facts = {
      disputeId: input.disputeId,
      complainant: received.complainant && { subjectId: received.complainant.subjectId, identifiable: received.identifiable },
      consent: input.consent,
      answered: Object.keys(input.answers).length,
    };
    // Refusals that need no history (no consent, anonymous) come before any sealing or stream.
    if (facts.complainant === null || !facts.consent) checkRecording(facts, initialState());
    const subjectId = facts.complainant!.subjectId;
    const result = await run(subjectId, commandIdFor(actor, input.commandId, input.disputeId), actor, (state) => {
      checkRecording(facts, state);
      return { type: 'recordEqualityData', data: { ...facts, sealedAnswers: deps.vault.sealJson(subjectId, SealedAnswersSchema, input.answers) } };
    });
    return { disputeId: input.disputeId, ...result };
  }

  async function withdrawEqualityConsent(input: WithdrawEqualityConsentInput, actor: Actor) {
    const { complainant } = await complainantOf(input.disputeId);
    const disputeId = input.scope === 'THIS_CASE' ? input.disputeId : null;
    const command: SubjectCommand = { type: 'withdrawEqualityConsent', data: { subjectId: complainant?.subjectId ?? '', disputeId } };
    // An anonymous complaint never had equality data: the decider says so from an empty history.
    if (complainant === null) decide(command, initialState(), { now: now() });
    const result = await run(complainant!.subjectId, commandIdFor(actor, input.commandId, input.disputeId), actor, () => command);
    return { disputeId: input.disputeId, ...result };
  }

  /**
   * Crypto-shredding (GDPR art. 17): the key goes first, then the fact is recorded. A crash between the two
   * leaves the data erased and a retry records it; the reverse order could record an erasure never carried out.
   */
  async function eraseSubject(input: EraseSubjectInput, actor: Actor): Promise<StreamCommandResult & { subjectId: string; erasedAt: string }> {
    if (deps.keys.getKey(input.subjectId) === null && deps.keys.erasedAt(input.subjectId) === null) {
      throw new NotFound('No person with this subject id. Read it from complainantSubjectId of one of their complaints, or from subjectId of a mediation party.');
    }
    deps.keys.deleteKey(input.subjectId);
    const erasedAt = new Date(deps.keys.erasedAt(input.subjectId)!).toISOString();
    const result = await run(input.subjectId, commandIdFor(actor, input.commandId), actor, () => ({
      type: 'eraseSubject',
      data: { subjectId: input.subjectId, erasedAt, reason: input.reason },
    }));
    return { subjectId: input.subjectId, erasedAt, ...result };
  }

  return { recordEqualityData, withdrawEqualityConsent, eraseSubject };
}
