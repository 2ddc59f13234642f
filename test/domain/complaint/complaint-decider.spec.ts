import { describe, expect, it } from 'vitest';
import { complaintDecider, evolve, initialState, isComplaintEvent } from '../../../services/domain/complaint/index.js';
import { event } from '../../../services/domain/events.js';
import { stored } from '../../support/stored.js';
import { specification } from '../../support/given-when-then.js';
import { acknowledged, cmd, complaintId, ctx, decideCommand, decided, receiptData, received, receivedAt, signer } from './fixtures.js';

const given = specification(complaintDecider);
const closed = [
  ...received(),
  acknowledged,
  decided,
  { type: 'ComplaintClosed' as const, data: { closedAt: '2025-03-21T09:00:00+01:00' } },
];

describe('receiving a complaint', () => {
  it('KPA art. 237 § 1: the answer is due one month after receipt, counted per art. 57, with rule and calendar recorded', () => {
    given([])
      .when(cmd('receiveComplaint', receiptData()), ctx())
      .then([
        { type: 'ComplaintReceived', data: { complaintId, category: 'przewlekłość postępowania' } },
        // 3 March 2025 + 1 month = 3 April 2025, a Thursday.
        {
          type: 'DeadlineSet',
          data: {
            purpose: 'ANSWER',
            reason: 'RECEIPT',
            dueDate: '2025-04-03',
            rule: 'KPA-237-1-month',
            calendarVersion: expect.stringContaining('PL-public-holidays'),
          },
        },
      ]);
  });

  it('KPA art. 237 § 2: a complaint passed on by an MP also starts the 14-day clock to inform them', () => {
    given([])
      .when(cmd('receiveComplaint', receiptData({ passedOnBy: { kind: 'MP', name: 'Poseł Adam Żak' } })), ctx())
      .then((events) =>
        expect(events[2]).toMatchObject({
          type: 'DeadlineSet',
          data: { purpose: 'INFORM_REPRESENTATIVE', rule: 'KPA-237-2-mp-14-days', dueDate: '2025-03-17' },
        }),
      );
  });

  it('an office on the working-days model gets its deadline by that rule', () => {
    given([])
      .when(cmd('receiveComplaint', receiptData()), ctx(undefined, { answerRule: 'WORKING-DAYS-20' }))
      .then((events) => expect(events[1]).toMatchObject({ data: { rule: 'WORKING-DAYS-20', dueDate: '2025-03-31' } }));
  });

  it('refuses a date of receipt in the future', () => {
    given([])
      .when(cmd('receiveComplaint', receiptData({ receivedAt: '2025-03-11T09:00:00+01:00' })), ctx())
      .thenRefuses('received-in-future');
  });

  it('refuses receiving the same complaint twice', () => {
    given(received()).when(cmd('receiveComplaint', receiptData()), ctx()).thenRefuses('already-received');
  });
});

describe('a command on a complaint that does not exist', () => {
  it('is NOT_FOUND', () => {
    given([]).when(cmd('acknowledgeComplaint', {}), ctx()).thenFails('NOT_FOUND');
  });
});

describe('acknowledging receipt', () => {
  it('records the acknowledgement once', () => {
    given(received())
      .when(cmd('acknowledgeComplaint', {}), ctx())
      .then([{ type: 'ComplaintAcknowledged', data: { acknowledgedAt: '2025-03-10T09:00:00+01:00' } }]);
  });
  it('refuses a second acknowledgement', () => {
    given([...received(), acknowledged])
      .when(cmd('acknowledgeComplaint', {}), ctx())
      .thenRefuses('already-acknowledged');
  });
});

describe('anonymous complaints (§8 of the regulation of 8 January 2002)', () => {
  const anonymous = received({ complainant: null, identifiable: false });
  it('may be left unexamined', () => {
    given(anonymous)
      .when(cmd('leaveUnexamined', { reason: 'ANONYMOUS', explanation: 'Brak imienia, nazwiska i adresu.' }), ctx())
      .then([{ type: 'ComplaintLeftUnexamined' }]);
  });
  it('may not be decided on its merits', () => {
    given(anonymous).when(decideCommand(), ctx()).thenRefuses('REG-2002-8-anonymous');
  });
  it('may not be acknowledged, there being no one to answer', () => {
    given(anonymous).when(cmd('acknowledgeComplaint', {}), ctx()).thenRefuses('REG-2002-8-anonymous');
  });
  it('an identifiable complaint may not be left unexamined as anonymous', () => {
    given(received())
      .when(cmd('leaveUnexamined', { reason: 'ANONYMOUS', explanation: 'Brak adresu.' }), ctx())
      .thenRefuses('REG-2002-8-identifiable');
  });
});

describe('assignment (KPA art. 256)', () => {
  it('assigns a clerk and remembers the previous assignee', () => {
    given(received())
      .when(cmd('assignComplaint', { assigneeId: 'u-zofia', assigneeName: 'Zofia Łęcka' }), ctx())
      .then([{ type: 'ComplaintAssigned', data: { assigneeId: 'u-zofia', previousAssigneeId: null } }]);
  });
  it('refuses the employee the complaint is about', () => {
    given(received())
      .when(cmd('assignComplaint', { assigneeId: 'u-kowalczyk', assigneeName: 'Piotr Kowalczyk' }), ctx())
      .thenRefuses('KPA-256-complained-about');
  });
});

describe('supplementing an unclear complaint (7 days; the delivery and the instruction in reg-2002-8-2-supplement.spec.ts)', () => {
  const requested = {
    type: 'SupplementRequested' as const,
    data: { whatIsMissing: 'Numer sprawy', due: null, requestedAt: '2025-03-10T09:00:00+01:00', instruction: 'Pouczenie.' },
  };
  it('refuses a second request while one is awaited', () => {
    given([...received(), requested])
      .when(cmd('requestSupplement', { whatIsMissing: 'x' }), ctx())
      .thenRefuses('supplement-pending');
  });
  it('a supplemented complaint is answered a full term after it became complete', () => {
    given([...received(), requested])
      .when(cmd('recordSupplement', { summary: 'Podano numer sprawy.' }), ctx('2025-03-14T10:00:00+01:00'))
      .then([
        { type: 'ComplaintSupplemented' },
        { type: 'DeadlineSet', data: { purpose: 'ANSWER', reason: 'SUPPLEMENT', dueDate: '2025-04-14' } },
      ]);
  });
  it('refuses recording a supplement nobody asked for', () => {
    given(received())
      .when(cmd('recordSupplement', { summary: 'Podano numer sprawy.' }), ctx())
      .thenRefuses('supplement-not-requested');
  });
});

describe('extending the deadline (KPA art. 36)', () => {
  it('sends the delay notice with reasons, new date and the prompt instruction, then sets the new deadline', () => {
    given(received())
      .when(cmd('extendDeadline', { newDueAt: '2025-04-17T10:00:00+02:00', reasons: 'Oczekiwanie na odpowiedź urzędu skarbowego.' }), ctx())
      .then([
        {
          type: 'DelayNoticeSent',
          data: {
            reasons: 'Oczekiwanie na odpowiedź urzędu skarbowego.',
            previousDueAt: expect.stringContaining('2025-04-03'),
            promptInstruction: expect.stringContaining('ponaglenia'),
          },
        },
        // The new date is a whole day: on time until it ends in Warsaw, whatever hour was typed.
        {
          type: 'DeadlineSet',
          data: {
            purpose: 'ANSWER',
            reason: 'EXTENSION',
            rule: 'KPA-36-notice',
            dueDate: '2025-04-17',
            dueAt: '2025-04-17T23:59:59.999+02:00',
          },
        },
      ]);
  });
  it('refuses a new date that is not later than the current deadline', () => {
    given(received())
      .when(cmd('extendDeadline', { newDueAt: '2025-04-01T12:00:00+02:00', reasons: 'x' }), ctx())
      .thenRefuses('KPA-36-later-date');
  });
  it('refuses a new date in the past', () => {
    given(received())
      .when(cmd('extendDeadline', { newDueAt: '2025-03-09T12:00:00+01:00', reasons: 'x' }), ctx())
      .thenRefuses('KPA-36-future-date');
  });
});

describe('deciding (KPA art. 238 § 1)', () => {
  it('records outcome, signer, the office, and the revision the signer knew', () => {
    given([...received(), acknowledged])
      .when(decideCommand(), ctx())
      .then([
        {
          type: 'ComplaintDecided',
          data: {
            outcome: 'NOT_UPHELD',
            signer,
            body: 'Urząd Miasta Białegostoku',
            basedOnRevision: 2,
            decidedAt: '2025-03-10T09:00:00+01:00',
          },
        },
      ]);
  });
  it('an upheld complaint needs no grounds', () => {
    given(received())
      .when(decideCommand({ outcome: 'UPHELD', factualGrounds: null, legalBasis: [], appealInformation: null }), ctx())
      .then([{ type: 'ComplaintDecided' }]);
  });
  it('refuses a refusal without factual grounds', () => {
    given(received())
      .when(decideCommand({ factualGrounds: null }), ctx())
      .thenRefuses('KPA-238-factual-grounds');
  });
  it('refuses a refusal without legal basis', () => {
    given(received())
      .when(decideCommand({ legalBasis: [] }), ctx())
      .thenRefuses('KPA-238-legal-basis');
  });
  it('refuses a refusal without the art. 239 instruction', () => {
    given(received())
      .when(decideCommand({ appealInformation: null }), ctx())
      .thenRefuses('KPA-239-instruction');
  });
  it('a partly upheld complaint justifies the part refused in the same way', () => {
    given(received())
      .when(decideCommand({ outcome: 'PARTLY_UPHELD', legalBasis: [] }), ctx())
      .thenRefuses('KPA-238-legal-basis');
  });
  it('refuses deciding twice', () => {
    given([...received(), decided])
      .when(decideCommand(), ctx())
      .thenRefuses('complaint-settled');
  });
});

describe('forwarding to the competent body (KPA art. 231)', () => {
  const forward = cmd('forwardComplaint', {
    toBody: 'Wojewoda Podlaski',
    reason: 'Sprawa dotyczy administracji rządowej.',
    noticeToComplainant: 'Skargę przekazano Wojewodzie Podlaskiemu.',
    mode: 'COMPETENT_BODY',
  });
  it('within 7 days of receipt is on time', () => {
    given(received())
      .when(forward, ctx('2025-03-10T09:00:00+01:00'))
      .then([{ type: 'ComplaintForwarded', data: { withinDeadline: true, forwardDue: { dueDate: '2025-03-10' } } }]);
  });
  it('later is recorded as late', () => {
    given(received())
      .when(forward, ctx('2025-03-11T09:00:00+01:00'))
      .then([{ type: 'ComplaintForwarded', data: { withinDeadline: false } }]);
  });
});

describe('keeping the prior position (KPA art. 239; the earlier dispute checked in kpa-239-prior-position.spec.ts)', () => {
  it('settles a repeated complaint with a note and the revision it was based on', () => {
    const prior = { exists: true, isThisDispute: false, foundUnfounded: true };
    given(received())
      .when(
        cmd('keepPriorPosition', {
          note: 'Skarga powtarza zarzuty z pisma z 12 stycznia 2025 r.',
          priorDisputeId: '3f0e7a52-54f6-4c2a-9d2b-4f6f1d4e8a02',
          noNewCircumstances: true,
          signer,
          prior,
        }),
        ctx(),
      )
      .then([{ type: 'PriorPositionKept', data: { basedOnRevision: 1 } }]);
  });
});

describe('after settlement', () => {
  it('the citizen can still be given explanations', () => {
    given([...received(), decided])
      .when(cmd('recordExplanation', { channel: 'PHONE', explanation: 'Omówiono decyzję.', reasons: 'Art. 7 KPA.' }), ctx())
      .then([{ type: 'ExplanationGiven' }]);
  });
  it('nothing more can be requested from the citizen', () => {
    given([...received(), decided])
      .when(cmd('requestSupplement', { whatIsMissing: 'x' }), ctx())
      .thenRefuses('complaint-settled');
  });
  it('notification requires a settlement', () => {
    given(received())
      .when(cmd('notifyComplainant', { channel: 'LETTER' }), ctx())
      .thenRefuses('notify-before-settlement');
    given([...received(), decided])
      .when(cmd('notifyComplainant', { channel: 'LETTER' }), ctx())
      .then([{ type: 'ComplainantNotified' }]);
  });
});

describe('informing the MP, senator or councillor who passed the complaint on (KPA art. 237)', () => {
  const inform = cmd('informRepresentative', { channel: 'EPUAP', summary: 'Skargę przyjęto; odpowiedź do 3 kwietnia 2025 r.' });
  it('is recorded, also after the decision, to tell how it ended', () => {
    const passedOn = received({ passedOnBy: { kind: 'COUNCILLOR', name: 'Radna Helena Łukaszewicz' } });
    given(passedOn)
      .when(inform, ctx())
      .then([{ type: 'RepresentativeInformed', data: { channel: 'EPUAP', informedAt: '2025-03-10T09:00:00+01:00' } }]);
    given([...passedOn, decided])
      .when(inform, ctx())
      .then([{ type: 'RepresentativeInformed' }]);
  });
  it('is recorded for an anonymous complaint too: the MP who passed it on is still owed an answer', () => {
    given(received({ complainant: null, identifiable: false, passedOnBy: { kind: 'MP', name: 'Poseł Adam Żak' } }))
      .when(inform, ctx())
      .then([{ type: 'RepresentativeInformed' }]);
  });
  it('is refused when no representative passed it on', () => {
    given(received()).when(inform, ctx()).thenRefuses('KPA-237-no-representative');
  });
});

describe('closing and reopening', () => {
  it('only a settled complaint can be closed', () => {
    given(received()).when(cmd('closeComplaint', {}), ctx()).thenRefuses('close-before-settlement');
    // KPA art. 237 § 3: a decided complaint closes once its complainant is notified (kpa-237-3-closing-notice.spec.ts).
    const notified = {
      type: 'ComplainantNotified' as const,
      data: { channel: 'LETTER' as const, notifiedAt: '2025-03-21T09:00:00+01:00' },
    };
    given([...received(), decided, notified])
      .when(cmd('closeComplaint', {}), ctx())
      .then([{ type: 'ComplaintClosed' }]);
  });
  it('a closed complaint accepts nothing but reopening', () => {
    given(closed)
      .when(cmd('recordExplanation', { channel: 'PHONE', explanation: 'x', reasons: 'y' }), ctx())
      .thenRefuses('complaint-closed');
  });
  it('reopening for new circumstances starts a new answer deadline', () => {
    given(closed)
      .when(cmd('reopenComplaint', { newCircumstances: 'Nowe zaświadczenie z urzędu skarbowego.' }), ctx('2025-04-30T10:00:00+02:00'))
      .then([{ type: 'ComplaintReopened' }, { type: 'DeadlineSet', data: { reason: 'REOPENING', dueDate: '2025-05-30' } }]);
  });
  it('an open complaint cannot be reopened', () => {
    given(received())
      .when(cmd('reopenComplaint', { newCircumstances: 'x' }), ctx())
      .thenRefuses('reopen-not-closed');
  });
  it('the citizen may withdraw an open complaint', () => {
    given(received())
      .when(cmd('withdrawComplaint', { reason: 'Sprawa załatwiona polubownie.' }), ctx())
      .then([{ type: 'ComplaintWithdrawn' }]);
  });
});

describe('the state folded from events', () => {
  it('follows the lifecycle', () => {
    const state = [...received(), acknowledged, decided].reduce(evolve, initialState());
    expect(state).toMatchObject({ exists: true, revision: 3, status: 'DECIDED', acknowledged: true, receivedAt });
  });
});

describe('the complaint stream holds its own events only', () => {
  it('its decider cannot return a mediation’s or a person’s event, and its fold takes none from the store', () => {
    const ended = event('MediationEnded', { result: 'AGREEMENT', endedBecause: 'RESULT', endedAt: receivedAt });
    const erased = event('SubjectDataErased', {
      subjectId: '5d1c3a1e-0f5e-4b9e-8a55-3d1c2b0a9f11',
      erasedAt: receivedAt,
      reason: 'Żądanie osoby',
    });
    const decided: ReturnType<typeof complaintDecider.decide> = [
      // @ts-expect-error: a mediation ends in the mediation's own stream; its complaint records MediationClosed
      ended,
      // @ts-expect-error: an erasure is recorded in the person's privacy stream, never in a case's
      erased,
    ];
    expect(decided.map((e) => stored(e)).filter(isComplaintEvent)).toEqual([]);
    expect(
      received()
        .map((e) => stored(e))
        .filter(isComplaintEvent),
    ).toHaveLength(2);
  });
});
