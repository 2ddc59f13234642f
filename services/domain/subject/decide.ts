import { event } from '../events.js';
import type { SubjectEvent } from './events.js';
import { RuleViolated } from '../../errors.js';
import type { SubjectState } from './state.js';

export interface RecordingFacts {
  disputeId: string;
  /** The complaint's complainant, or null when the complaint is anonymous (no one to ask). */
  complainant: { subjectId: string; identifiable: boolean } | null;
  consent: boolean;
  /** How many dimensions were answered ("prefer not to say" counts as an answer). */
  answered: number;
}

export type SubjectCommand =
  /** `sealedAnswers` is sealed by the handler only once `checkRecording` passes: nothing is sealed without consent. */
  | { type: 'recordEqualityData'; data: RecordingFacts & { sealedAnswers: string } }
  | { type: 'withdrawEqualityConsent'; data: { subjectId: string; disputeId: string | null } }
  | { type: 'eraseSubject'; data: { subjectId: string; erasedAt: string; reason: string } };

export interface SubjectContext {
  now: string;
}

/**
 * GDPR art. 17: once a person is erased, nothing more is recorded about them. Whatever a command would seal with their
 * key (their name, the free text of their case, their answers) is refused; steps without such data still go on.
 */
export function requireNotErased(state: Pick<SubjectState, 'erasedAt'>): void {
  if (state.erasedAt !== null) {
    throw new RuleViolated('GDPR-17-erased-subject', "This person's data was erased: record them again under a new subject id.");
  }
}

/** The rules for recording equality-monitoring answers, in the order a clerk meets them. */
export function checkRecording(facts: RecordingFacts, state: SubjectState): void {
  if (!facts.consent) {
    throw new RuleViolated(
      'GDPR-9-2-a-consent',
      'Equality-monitoring answers are recorded only with the person’s explicit consent (GDPR art. 9(2)(a)): ask for it, or record nothing.',
    );
  }
  if (facts.complainant === null || !facts.complainant.identifiable) {
    throw new RuleViolated(
      'equality-data-anonymous',
      'This complaint is anonymous: there is no one whose consent could be recorded, so equality data cannot be recorded for it.',
    );
  }
  if (facts.answered === 0) {
    throw new RuleViolated(
      'equality-data-empty',
      'Give at least one answer; "PREFER_NOT_TO_SAY" is a valid answer for a question the person declines.',
    );
  }
  if (state.erasedAt !== null) {
    throw new RuleViolated(
      'GDPR-17-erased-subject',
      `This person’s data was erased on ${state.erasedAt}: nothing more can be recorded about them.`,
    );
  }
  if (Object.hasOwn(state.cases, facts.disputeId)) {
    throw new RuleViolated(
      'equality-data-frozen',
      'Equality data for this complaint was already recorded and stays as given (frozen with the case). If it was recorded by mistake, withdraw it with withdrawEqualityConsent.',
    );
  }
}

export function decide(command: SubjectCommand, state: SubjectState, ctx: SubjectContext): SubjectEvent[] {
  switch (command.type) {
    case 'recordEqualityData': {
      const { disputeId, complainant, sealedAnswers } = command.data;
      checkRecording(command.data, state);
      return [event('EqualityDataRecorded', { disputeId, subjectId: complainant!.subjectId, consentGivenAt: ctx.now, sealedAnswers })];
    }
    case 'withdrawEqualityConsent':
      return withdraw(command.data, state);
    case 'eraseSubject':
      if (state.erasedAt !== null) {
        throw new RuleViolated(
          'GDPR-17-already-erased',
          `This person’s data was already erased on ${state.erasedAt}; nothing is left to erase.`,
        );
      }
      return [event('SubjectDataErased', command.data)];
  }
}

function withdraw(data: { subjectId: string; disputeId: string | null }, state: SubjectState): SubjectEvent[] {
  if (state.erasedAt !== null) {
    throw new RuleViolated('GDPR-17-erased-subject', `This person’s data was erased on ${state.erasedAt}: it is no longer used anywhere.`);
  }
  const covered = data.disputeId === null ? Object.values(state.cases) : [state.cases[data.disputeId]].filter((c) => c !== undefined);
  if (covered.length === 0) {
    throw new RuleViolated(
      'equality-data-none',
      `No equality data was recorded for ${data.disputeId === null ? 'any complaint of this person' : 'this complaint'}: there is nothing to withdraw.`,
    );
  }
  if (covered.every((c) => c.withdrawn)) {
    throw new RuleViolated(
      'equality-consent-already-withdrawn',
      'Consent for this equality data was already withdrawn; it is no longer used.',
    );
  }
  return [event('EqualityConsentWithdrawn', data)];
}
