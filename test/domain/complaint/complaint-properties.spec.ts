import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintCommandInputSchemas, type ComplaintCommandName } from '../../../schema/commands/complaint-commands.js';
import type { ComplaintEvent } from '../../../services/domain/complaint/index.js';
import { AppError } from '../../../services/errors.js';
import {
  decide,
  evolve,
  initialState,
  type ComplaintCommand,
  type ComplaintState,
  type MediationLinkCommand,
} from '../../../services/domain/complaint/index.js';
import { ctx, receiptData } from './fixtures.js';

/**
 * Random sequences of commands, whatever order a busy office (or a confused client) sends them in, keep the
 * complaint's invariants. Each sequence starts with a receipt (identifiable or anonymous, passed on by an MP or not)
 * and runs 10 to 30 commands at growing times; the decider's own state is folded from the events it returned.
 */
export const SEQUENCES = 150;

const SOME_DISPUTE = '00000000-0000-4000-8000-000000000000';
type OnDispute = Exclude<ComplaintCommandName, 'receiveComplaint' | 'recordConversation'>;
type Command = ComplaintCommand | MediationLinkCommand;

/** The decider's view of a client's input: validated by the API's own schema, addressing removed. */
const command = (type: OnDispute, fields: Record<string, unknown>): Command => {
  const {
    disputeId: _d,
    commandId: _c,
    expectedRevision: _e,
    ...data
  } = complaintCommandInputSchemas[type].parse({
    disputeId: SOME_DISPUTE,
    ...fields,
  });
  return { type, data } as Command;
};

const signer = { name: 'Ewa Wójcik', position: 'Sekretarz Miasta' };
const basis = [{ act: 'Kodeks postępowania administracyjnego', article: 'art. 35 § 3' }];
const mediationIds = ['m-1', 'm-2'];

/** An instant `hours` after the receipt, Warsaw time as clients send it. */
const at = (hours: number) => new Date(Date.parse('2025-03-03T10:00:00+01:00') + hours * 3_600_000).toISOString();

const commandArb: fc.Arbitrary<(nowHours: number) => Command> = fc.oneof(
  fc.constant(() => command('acknowledgeComplaint', {})),
  fc.constantFrom('COMPLAINT', 'REQUEST').map(
    (kind) => () =>
      command('classifyComplaint', {
        kind,
        category: 'przewlekłość postępowania',
      }),
  ),
  fc
    .constantFrom('u-anna', 'u-kowalczyk', 'u-ewa')
    .map((assigneeId) => () => command('assignComplaint', { assigneeId, assigneeName: 'Zofia Łęcka' })),
  fc.constant(() => command('requestSupplement', { whatIsMissing: 'Brak podpisu pod skargą.' })),
  fc.constantFrom('DELIVERED', 'ELECTRONIC').map((how) => (now: number) => command('recordSummonsDelivery', { how, deliveredAt: at(now) })),
  fc.constant(() =>
    command('recordSupplement', {
      summary: 'Skarżąca podpisała skargę w urzędzie.',
    }),
  ),
  fc.constantFrom('ANONYMOUS', 'NOT_SUPPLEMENTED').map(
    (reason) => () =>
      command('leaveUnexamined', {
        reason,
        explanation: 'Pozostawiono bez rozpoznania.',
      }),
  ),
  fc.constant(() =>
    command('requestInformation', {
      requestedFrom: 'Wydział Podatków',
      question: 'Jaki jest stan sprawy?',
    }),
  ),
  fc.constant(() =>
    command('provideInformation', {
      providedBy: 'Wydział Podatków',
      summary: 'Sprawa w toku.',
    }),
  ),
  fc.constant(() =>
    command('recordExplanation', {
      channel: 'PHONE',
      explanation: 'Wyjaśniono przyczynę zwłoki.',
      reasons: 'Art. 7 KPA.',
    }),
  ),
  fc.integer({ min: -30, max: 90 }).map(
    (days) => (now: number) =>
      command('extendDeadline', {
        newDueAt: at(now + days * 24),
        reasons: 'Oczekiwanie na opinię biegłego.',
      }),
  ),
  fc.constant(() => command('recordPrompt', { summary: 'Ponaglenie skarżącego.' })),
  fc.constant(() =>
    command('forwardComplaint', {
      toBody: 'Wojewoda Podlaski',
      reason: 'Organ niewłaściwy.',
      noticeToComplainant: 'Skargę przekazano wojewodzie.',
    }),
  ),
  {
    weight: 4,
    arbitrary: fc
      .record({
        outcome: fc.constantFrom('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'),
        grounds: fc.boolean(),
        basis: fc.boolean(),
        appeal: fc.boolean(),
        follows: fc.constantFrom(null, null, true, false),
      })
      .map(
        (d) => () =>
          command('decideComplaint', {
            outcome: d.outcome,
            factualGrounds: d.grounds ? 'Ustalono, że zwłoka wynikała z braku zaświadczenia.' : null,
            legalBasis: d.basis ? basis : [],
            appealInformation: d.appeal ? 'Pouczenie o art. 239 KPA.' : null,
            signer,
            followsMediationProtocol: d.follows,
          }),
      ),
  },
  // What the command handler would have read of the earlier dispute comes in beside the input (KPA art. 239 § 1).
  fc
    .record({
      noNewCircumstances: fc.boolean(),
      prior: fc.record({ exists: fc.boolean(), isThisDispute: fc.boolean(), foundUnfounded: fc.boolean() }),
    })
    .map(({ noNewCircumstances, prior }) => (): Command => {
      const kept = command('keepPriorPosition', {
        note: 'Podtrzymano stanowisko.',
        priorDisputeId: '0b0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a02',
        noNewCircumstances,
        signer,
      });
      return { ...kept, data: { ...kept.data, prior } } as Command;
    }),
  { arbitrary: fc.constant(() => command('notifyComplainant', { channel: 'LETTER' })), weight: 3 },
  fc.constant(() =>
    command('informRepresentative', {
      channel: 'EMAIL',
      summary: 'Poinformowano posła.',
    }),
  ),
  // Settling, closing and reopening come more often than the rest, so sequences reach a reopened complaint.
  {
    arbitrary: fc.constant(() => command('withdrawComplaint', { reason: 'Skarżący wycofał skargę.' })),
    weight: 2,
  },
  { arbitrary: fc.constant(() => command('closeComplaint', {})), weight: 4 },
  {
    arbitrary: fc.constant(() =>
      command('reopenComplaint', {
        newCircumstances: 'Nowe dokumenty od skarżącej.',
      }),
    ),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(...mediationIds).map((mediationId) => (): Command => ({ type: 'openMediation', data: { mediationId } })),
    weight: 3,
  },
  {
    arbitrary: fc
      .record({
        mediationId: fc.constantFrom(...mediationIds),
        result: fc.constantFrom('AGREEMENT', 'NO_AGREEMENT', 'CONSENT_REFUSED'),
        excludedDays: fc.integer({ min: 0, max: 40 }),
      })
      .map((data) => (): Command => ({ type: 'closeMediation', data }) as Command),
    weight: 3,
  },
);

const sequenceArb = fc.record({
  identifiable: fc.boolean(),
  passedOnByMp: fc.boolean(),
  steps: fc.array(
    fc.record({
      command: commandArb,
      afterHours: fc.integer({ min: 0, max: 24 * 20 }),
    }),
    { minLength: 10, maxLength: 30 },
  ),
});

type Sequence = typeof sequenceArb extends fc.Arbitrary<infer T> ? T : never;

interface Step {
  command: Command;
  now: string;
  before: ComplaintState;
  events: ComplaintEvent[] | null;
  error: unknown;
  after: ComplaintState;
}

function run({ identifiable, passedOnByMp, steps }: Sequence): Step[] {
  const receipt: ComplaintCommand = {
    type: 'receiveComplaint',
    data: receiptData({
      identifiable,
      complainant: identifiable ? receiptData().complainant : null,
      passedOnBy: passedOnByMp ? { kind: 'MP', name: 'Poseł Adam Żak' } : null,
    }),
  };
  let state = initialState();
  let hours = 1;
  const done: Step[] = [];
  for (const [i, step] of [{ command: () => receipt, afterHours: 0 }, ...steps].entries()) {
    hours += step.afterHours;
    const cmd = i === 0 ? receipt : step.command(hours);
    const now = at(hours);
    const before = state;
    let events: ComplaintEvent[] | null = null;
    let error: unknown = null;
    try {
      events = decide(cmd, state, ctx(now));
      state = events.reduce(evolve, state);
    } catch (e) {
      error = e;
    }
    done.push({ command: cmd, now, before, events, error, after: state });
  }
  return done;
}

/** Each property runs over SEQUENCES sequences; a failure prints the seed and the shrunk sequence to replay it. */
const property = (check: (steps: Step[]) => void) =>
  fc.assert(
    fc.property(sequenceArb, (sequence) => check(run(sequence))),
    { numRuns: SEQUENCES },
  );

describe(`the complaint decider over ${SEQUENCES} random sequences of 10 to 30 commands`, () => {
  it('the sequences reach what the properties speak of: closings, reopenings, extensions, decisions, refusals', () => {
    const seen = {
      closed: 0,
      reopened: 0,
      extended: 0,
      decided: 0,
      refused: 0,
      mediationClosed: 0,
    };
    fc.assert(
      fc.property(sequenceArb, (sequence) => {
        for (const step of run(sequence)) {
          if (step.after.status === 'CLOSED') seen.closed++;
          if (step.events?.some((e) => e.type === 'ComplaintReopened')) seen.reopened++;
          if (step.events?.some((e) => e.type === 'DelayNoticeSent')) seen.extended++;
          if (step.events?.some((e) => e.type === 'ComplaintDecided')) seen.decided++;
          if (step.events?.some((e) => e.type === 'MediationClosed')) seen.mediationClosed++;
          if (step.error) seen.refused++;
        }
      }),
      // A fixed seed: how often each case comes up is a property of the generator, checked once, not a dice roll.
      { numRuns: SEQUENCES, seed: 2026 },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(5);
  });

  it('refuses only with our errors (a rule with its sentence, or NOT_FOUND), never with a crash (that a refusal appends nothing is specified over HTTP: test/api/random-inputs.e2e.spec.ts)', () => {
    property((steps) => {
      for (const step of steps) {
        if (step.error === null) continue;
        expect(step.error).toBeInstanceOf(AppError);
        const error = step.error as AppError;
        expect(['RULE_VIOLATED', 'NOT_FOUND']).toContain(error.code);
        if (error.code === 'RULE_VIOLATED') expect(error.details.rule).toEqual(expect.any(String));
      }
    });
  });

  it('revisions increase by one per event recorded', () => {
    property((steps) => {
      let events = 0;
      for (const step of steps) {
        events += step.events?.length ?? 0;
        expect(step.after.revision).toBe(events - 1);
      }
    });
  });

  it('a closed complaint stays closed unless reopened, and a reopening is the only way out', () => {
    property((steps) => {
      for (const step of steps.filter((s) => s.before.status === 'CLOSED' && s.command.type !== 'reopenComplaint')) {
        // A mediation's end is still recorded (it ended, whatever became of the complaint); nothing else is.
        if (step.command.type !== 'closeMediation') expect(step.events, `${step.command.type} on a closed complaint`).toBeNull();
        expect(step.after.status).toBe('CLOSED');
      }
      for (const step of steps.filter((s) => s.before.status !== 'CLOSED' && s.after.status === 'CLOSED'))
        expect(step.command.type).toBe('closeComplaint');
      for (const step of steps.filter((s) => s.command.type === 'reopenComplaint' && s.events !== null))
        expect(step.before.status).toBe('CLOSED');
    });
  });

  it('the answer’s due date never moves without a recorded reason: a DeadlineSet with its reason, an extension with its notice', () => {
    property((steps) => {
      for (const step of steps.filter((s) => s.events !== null)) {
        const answerDeadlines = step.events!.filter((e) => e.type === 'DeadlineSet' && e.data.purpose === 'ANSWER');
        if (answerDeadlines.length === 0) {
          expect(step.after.answerDue).toEqual(step.before.answerDue);
          continue;
        }
        for (const deadline of answerDeadlines) {
          if (deadline.type !== 'DeadlineSet') continue;
          const expectedReason = {
            receiveComplaint: 'RECEIPT',
            // KPA art. 244 § 1: a request's term (or, classified back, the complaint's), counted from receipt.
            classifyComplaint: 'RECEIPT',
            recordSupplement: 'SUPPLEMENT',
            extendDeadline: 'EXTENSION',
            closeMediation: 'MEDIATION',
            reopenComplaint: 'REOPENING',
          }[step.command.type as string];
          expect(deadline.data.reason).toBe(expectedReason);
          expect(deadline.data.rule).toEqual(expect.any(String));
          expect(deadline.data.calendarVersion).toEqual(expect.any(String));
        }
        if (step.command.type === 'extendDeadline') {
          const notice = step.events!.find((e) => e.type === 'DelayNoticeSent');
          expect(
            notice?.type === 'DelayNoticeSent' &&
              Boolean(notice.data.reasons) &&
              notice.data.previousDueAt === step.before.answerDue!.dueAt,
          ).toBe(true);
          expect(Date.parse(step.after.answerDue!.dueAt)).toBeGreaterThan(Date.parse(step.before.answerDue!.dueAt));
        }
      }
    });
  });

  it('a settled complaint is never decided again, nor an anonymous one examined', () => {
    property((steps) => {
      for (const step of steps.filter((s) => s.events !== null)) {
        const decided = step.events!.some((e) => e.type === 'ComplaintDecided' || e.type === 'PriorPositionKept');
        if (!decided) continue;
        expect(['RECEIVED', 'ACKNOWLEDGED', 'AWAITING_SUPPLEMENT']).toContain(step.before.status);
        expect(step.before.identifiable).toBe(true);
        expect(step.before.openMediations).toEqual([]);
      }
    });
  });

  it('decides the same way twice on the same state and time (no hidden input)', () => {
    property((steps) => {
      for (const step of steps.filter((s) => s.events !== null))
        expect(decide(step.command, step.before, ctx(step.now))).toEqual(step.events);
    });
  });
});
