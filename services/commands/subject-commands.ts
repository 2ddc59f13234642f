import type { EraseSubjectInput, RecordEqualityDataInput, WithdrawEqualityConsentInput } from '../../schema/commands/equality-commands.js';
import { SealedAnswersSchema } from '../../schema/equality-dimensions.js';
import type { Actor } from '../../schema/envelope.js';
import type { EventData } from '../../schema/events/catalogue.js';
import {
  checkRecording,
  initialState,
  isSubjectEvent,
  type SubjectCommand,
  subjectDecider,
  type SubjectState,
  subjectStream,
} from '../domain/subject/index.js';
import { complaintStream, isComplaintEvent } from '../domain/complaint/index.js';
import { NotFound } from '../errors.js';
import type { ErasureRegister } from '../privacy/erasure-register.js';
import type { PersonalDataVault } from '../privacy/personal-data-vault.js';
import type { SubjectKeyStore } from '../privacy/subject-key-store.js';
import type { EventStore } from '../store/event-store.js';
import { commandIdFor } from './ids.js';
import { runOnStream, type StreamCommandResult } from './run-on-stream.js';
import { createSealing } from './sealing.js';

export interface SubjectCommandDeps {
  store: EventStore;
  vault: PersonalDataVault;
  keys: SubjectKeyStore;
  /** Outside the data folders and their backups: what keeps an erasure erased through a restore. */
  erasures: ErasureRegister;
  clock: () => Date;
}

/** Who erases again, on a restore or a start, a person the erasure register names. */
const erasureRegisterActor: Actor = { userId: 'erasure-register', name: 'Rejestr usunięć danych', role: 'ADMIN' };

export type SubjectCommands = ReturnType<typeof createSubjectCommands>;

/**
 * Commands on a person's privacy stream. The complaint is read only to find its complainant: the case stream
 * itself is never written, so equality data stays linked to the case by reference alone.
 */
export function createSubjectCommands(deps: SubjectCommandDeps) {
  const now = () => deps.clock().toISOString();
  const seal = createSealing(deps.vault);
  const run = (subjectId: string, commandId: string, actor: Actor, decideOn: (state: SubjectState, at: string) => SubjectCommand) =>
    runOnStream(deps.store, subjectDecider, isSubjectEvent, {
      stream: subjectStream(subjectId),
      commandId,
      correlationId: commandId,
      expectedRevision: null,
      actor,
      now,
      decide: (state, at) => subjectDecider.decide(decideOn(state, at), state, { now: at }),
    });

  async function complainantOf(disputeId: string): Promise<EventData<'ComplaintReceived'>> {
    const [first] = (await deps.store.readStream(complaintStream(disputeId), { maxCount: 1 })).filter(isComplaintEvent);
    if (first?.type !== 'ComplaintReceived') throw new NotFound('No complaint with this id. Check the dispute id.');
    return first.data;
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
      return {
        type: 'recordEqualityData',
        data: { ...facts, sealedAnswers: seal.json(subjectId, SealedAnswersSchema, input.answers) },
      };
    });
    return { disputeId: input.disputeId, ...result };
  }

  async function withdrawEqualityConsent(input: WithdrawEqualityConsentInput, actor: Actor) {
    const { complainant } = await complainantOf(input.disputeId);
    const disputeId = input.scope === 'THIS_CASE' ? input.disputeId : null;
    const command: SubjectCommand = { type: 'withdrawEqualityConsent', data: { subjectId: complainant?.subjectId ?? '', disputeId } };
    // An anonymous complaint never had equality data: the decider says so from an empty history.
    if (complainant === null) subjectDecider.decide(command, initialState(), { now: now() });
    const result = await run(complainant!.subjectId, commandIdFor(actor, input.commandId, input.disputeId), actor, () => command);
    return { disputeId: input.disputeId, ...result };
  }

  /**
   * Crypto-shredding (GDPR art. 17): the erasure register first (outside every backup), then the key, then the
   * fact is recorded in the log. A crash after the register leaves the person to be erased again at the next start
   * (`reapplyErasures`); after the key, the data erased and a retry records it. The reverse order could record an
   * erasure never carried out.
   */
  async function eraseSubject(
    input: EraseSubjectInput,
    actor: Actor,
  ): Promise<StreamCommandResult & { subjectId: string; erasedAt: string }> {
    if (deps.keys.getKey(input.subjectId) === null && deps.keys.erasedAt(input.subjectId) === null) {
      throw new NotFound(
        'No person with this subject id. Read it from complainantSubjectId of one of their complaints, or from subjectId of a mediation party.',
      );
    }
    const at = deps.erasures.record({
      subjectId: input.subjectId,
      erasedAt: deps.keys.erasedAt(input.subjectId) ?? now(),
      reason: input.reason,
    });
    deps.keys.deleteKey(input.subjectId, at);
    const erasedAt = new Date(deps.keys.erasedAt(input.subjectId)!).toISOString();
    const result = await run(input.subjectId, commandIdFor(actor, input.commandId), actor, () => ({
      type: 'eraseSubject',
      data: { subjectId: input.subjectId, erasedAt, reason: input.reason },
    }));
    return { subjectId: input.subjectId, erasedAt, ...result };
  }

  /**
   * Erases again everyone the register names whom the key store does not know as erased: a backup taken before
   * their erasure was restored, or a key file copied back. Their key goes, and the erasure is recorded in their
   * stream if the restored log lacks it (so the read models drop them too). A person the restored data never knew
   * is only marked erased in the key store, so no key can be made for them again. Returns how many were erased again.
   */
  async function reapplyErasures(): Promise<number> {
    let erasedAgain = 0;
    for (const entry of deps.erasures.all()) {
      const hadKey = deps.keys.getKey(entry.subjectId) !== null;
      if (!hadKey && deps.keys.erasedAt(entry.subjectId) !== null) continue;
      deps.keys.deleteKey(entry.subjectId, entry.erasedAt);
      if (!hadKey) continue;
      erasedAgain++;
      const history = await deps.store.readStream(subjectStream(entry.subjectId));
      if (history.some((e) => e.type === 'SubjectDataErased')) continue;
      const erasedAt = new Date(entry.erasedAt).toISOString();
      await run(entry.subjectId, `erasure-register-${entry.subjectId}`, erasureRegisterActor, () => ({
        type: 'eraseSubject',
        data: { subjectId: entry.subjectId, erasedAt, reason: entry.reason },
      }));
    }
    return erasedAgain;
  }

  return { recordEqualityData, withdrawEqualityConsent, eraseSubject, reapplyErasures };
}
