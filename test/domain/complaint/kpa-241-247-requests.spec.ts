import { describe, expect, it } from 'vitest';
import { type ComplaintCommand, complaintDecider, type ComplaintEvent } from '../../../services/domain/complaint/index.js';
import { computeDeadline } from '../../../services/domain/deadlines/index.js';
import { specification } from '../../support/given-when-then.js';
import { acknowledged, calendar, ctx, decideCommand, received, receivedAt, signer } from './fixtures.js';

const given = specification(complaintDecider);
const classified = (kind: 'REQUEST' | 'COMPLAINT'): ComplaintEvent => ({
  type: 'ComplaintClassified',
  data: { kind, category: kind === 'REQUEST' ? 'usprawnienie obsługi mieszkańców' : 'przewlekłość postępowania' },
});
const classify = (kind: 'REQUEST' | 'COMPLAINT'): ComplaintCommand => ({ type: 'classifyComplaint', data: classified(kind).data as never });
const request = [...received({ category: 'usprawnienie obsługi mieszkańców' }), acknowledged, classified('REQUEST')];
const answer = (data: Partial<Extract<ComplaintCommand, { type: 'answerRequest' }>['data']> = {}): ComplaintCommand => ({
  type: 'answerRequest',
  data: {
    actionsTaken: 'Wydłużono godziny pracy Biura Obsługi Mieszkańców w czwartki do 18:00.',
    reasonsNotTaken: null,
    signer,
    ...data,
  },
});

// KPA art. 241–247 (summary, see docs/law.md): a request (wniosek) follows its own path, not the complaint's.
describe('KPA-244: a request is answered with the actions taken or the reasons for not taking them', () => {
  it('answers a request with the actions taken, the body, the signer and the art. 247 instruction the system writes', () => {
    given(request)
      .when(answer(), ctx())
      .then([
        {
          type: 'RequestAnswered',
          data: {
            actionsTaken: 'Wydłużono godziny pracy Biura Obsługi Mieszkańców w czwartki do 18:00.',
            reasonsNotTaken: null,
            signer,
            body: 'Urząd Miasta Białegostoku',
            answeredAt: '2025-03-10T09:00:00+01:00',
            complaintInstruction: expect.stringContaining('art. 247'),
          },
        },
      ]);
  });

  it('answers with the reasons for not taking action', () => {
    given(request)
      .when(answer({ actionsTaken: null, reasonsNotTaken: 'Budżet na 2025 r. nie przewiduje zatrudnienia w sobotę.' }), ctx())
      .then([{ type: 'RequestAnswered', data: { reasonsNotTaken: 'Budżet na 2025 r. nie przewiduje zatrudnienia w sobotę.' } }]);
  });

  it('refuses an answer that states neither', () => {
    given(request)
      .when(answer({ actionsTaken: null, reasonsNotTaken: null }), ctx())
      .thenRefuses('KPA-244-answer-content');
  });

  it('the answered request is settled: the requester is notified, then the case closes', () => {
    const answered = given(request)
      .when(answer(), ctx())
      .then([{ type: 'RequestAnswered' }]);
    const notified: ComplaintEvent = { type: 'ComplainantNotified', data: { channel: 'LETTER', notifiedAt: '2025-03-11T09:00:00+01:00' } };
    given([...request, ...answered])
      .when({ type: 'closeComplaint', data: {} }, ctx('2025-03-11T10:00:00+01:00'))
      .thenRefuses('KPA-237-3-notice-before-closing');
    given([...request, ...answered, notified])
      .when({ type: 'closeComplaint', data: {} }, ctx('2025-03-11T10:00:00+01:00'))
      .then([{ type: 'ComplaintClosed', data: { noticeExemption: null } }]);
  });
});

describe('KPA-241: complaint-only steps are refused on a request, and the request’s answer on a complaint', () => {
  it('a request is not decided as a complaint (art. 238)', () => {
    given(request).when(decideCommand(), ctx()).thenRefuses('KPA-244-request-answer');
  });

  it('a request has no kept prior position (art. 239)', () => {
    const keep: ComplaintCommand = {
      type: 'keepPriorPosition',
      data: {
        note: 'Bez nowych okoliczności.',
        priorDisputeId: '1c8e5b1a-7d3f-4e2a-9b6c-5d4e3f2a1b0c',
        noNewCircumstances: true,
        signer,
        prior: { exists: true, isThisDispute: false, foundUnfounded: true },
      },
    };
    given(request).when(keep, ctx()).thenRefuses('KPA-239-complaint-only');
  });

  it('a request takes no ponaglenie (art. 37 reaches complaints through art. 237 § 4)', () => {
    given(request)
      .when({ type: 'recordPrompt', data: { receivedAt: null, summary: 'Proszę o przyspieszenie.' } }, ctx())
      .thenRefuses('KPA-237-4-complaint-only');
  });

  it('a complaint is not answered as a request', () => {
    given([...received(), acknowledged])
      .when(answer(), ctx())
      .thenRefuses('KPA-241-request-only');
    given([...request, classified('COMPLAINT')])
      .when(answer(), ctx())
      .thenRefuses('KPA-241-request-only');
  });
});

describe('KPA-244-1: a request’s own term and notices', () => {
  it('classifying a case as a request sets its answer term under art. 244 § 1, counted from receipt', () => {
    given([...received({ category: 'usprawnienie obsługi mieszkańców' }), acknowledged])
      .when(classify('REQUEST'), ctx('2025-03-10T09:00:00+01:00', { answerRule: 'WORKING-DAYS-10' }))
      .then([
        { type: 'ComplaintClassified', data: { kind: 'REQUEST' } },
        {
          type: 'DeadlineSet',
          data: {
            ...computeDeadline(receivedAt, 'KPA-244-1-month', calendar),
            rule: 'KPA-244-1-month',
            purpose: 'ANSWER',
            reason: 'RECEIPT',
          },
        },
      ]);
  });

  it('classified back as a complaint, it takes the office’s answer rule again', () => {
    given(request)
      .when(classify('COMPLAINT'), ctx())
      .then([{ type: 'ComplaintClassified' }, { type: 'DeadlineSet', data: { rule: 'KPA-237-1-month', reason: 'RECEIPT' } }]);
  });

  it('classifying again within the same path leaves the term as it is', () => {
    given(request)
      .when(classify('REQUEST'), ctx())
      .then((events) => expect(events.map((e) => e.type)).toEqual(['ComplaintClassified']));
  });

  it('a date already given in a delay notice stays: the citizen was told it', () => {
    const extended: ComplaintEvent[] = [
      {
        type: 'DelayNoticeSent',
        data: {
          reasons: 'Potrzebna opinia wydziału.',
          newDueAt: '2025-04-30T12:00:00+02:00',
          previousDueAt: '2025-04-03T23:59:59.999+02:00',
          promptInstruction: 'Pouczenie.',
        },
      },
      {
        type: 'DeadlineSet',
        data: {
          dueDate: '2025-04-30',
          dueAt: '2025-04-30T23:59:59.999+02:00',
          rule: 'KPA-36-notice',
          calendarVersion: calendar.version,
          purpose: 'ANSWER',
          reason: 'EXTENSION',
        },
      },
    ];
    given([...received(), acknowledged, ...extended])
      .when(classify('REQUEST'), ctx())
      .then((events) => expect(events.map((e) => e.type)).toEqual(['ComplaintClassified']));
  });

  it('a request’s delay notice carries no ponaglenie instruction, a complaint’s does', () => {
    const extend: ComplaintCommand = {
      type: 'extendDeadline',
      data: { newDueAt: '2025-04-30T12:00:00+02:00', reasons: 'Potrzebna opinia Wydziału Organizacyjnego.' },
    };
    const [requestNotice] = given(request)
      .when(extend, ctx())
      .then([{ type: 'DelayNoticeSent' }, { type: 'DeadlineSet' }]);
    const [complaintNotice] = given([...received(), acknowledged])
      .when(extend, ctx())
      .then([{ type: 'DelayNoticeSent' }, { type: 'DeadlineSet' }]);
    const instruction = (e: ComplaintEvent | undefined) => (e?.type === 'DelayNoticeSent' ? e.data.promptInstruction : '');
    expect(instruction(requestNotice)).toContain('art. 244');
    expect(instruction(requestNotice)).not.toMatch(/ponagl/i);
    expect(instruction(complaintNotice)).toMatch(/ponaglenia/);
  });

  it('§ 8 ust. 2 of the 2002 regulation: a request’s summons warns that the request, not a complaint, is left unexamined', () => {
    given(request)
      .when({ type: 'requestSupplement', data: { whatIsMissing: 'Której placówki dotyczy wniosek.' } }, ctx())
      .then([{ type: 'SupplementRequested', data: { instruction: expect.stringContaining('pozostawienie wniosku bez rozpoznania') } }]);
  });
});
