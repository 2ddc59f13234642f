import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { afterTheLimit, bothConsented, cmd, ctx, listEntry, protocolFiled, underway } from './fixtures.js';

const given = specification(mediationDecider);
const end = (result: 'TIMED_OUT' | 'NO_AGREEMENT' | 'AGREEMENT' | 'WITHDRAWN') => cmd('endMediation', { result });
const extended = {
  type: 'MediationExtended' as const,
  data: {
    reason: 'Wspólny wniosek stron.',
    jointRequest: true,
    newEnd: { dueDate: '2025-06-16', dueAt: '2025-06-16T23:59:59.999+02:00', rule: 'KPA-96e-extension-1-month', calendarVersion: 'v' },
  },
};

// KPA art. 96e: two months from referral (14 March -> 14 May), plus the one extension.
describe('KPA-96e-time-limit', () => {
  it('times out when the two months pass without a protocol', () => {
    given(underway)
      .when(end('TIMED_OUT'), ctx(afterTheLimit))
      .then([{ type: 'MediationEnded', data: { result: 'TIMED_OUT', endedBecause: 'TIME_LIMIT' } }]);
  });
  it('not on the last day itself', () => {
    given(underway).when(end('TIMED_OUT'), ctx('2025-05-14T18:00:00+02:00')).thenRefuses('KPA-96e-time-limit');
  });
  it('nor within an extension', () => {
    given([...underway, extended])
      .when(end('TIMED_OUT'), ctx(afterTheLimit))
      .thenRefuses('KPA-96e-time-limit');
    given([...underway, extended])
      .when(end('TIMED_OUT'), ctx('2025-06-17T09:00:00+02:00'))
      .then([{ type: 'MediationEnded', data: { result: 'TIMED_OUT' } }]);
  });
  it('nor once a protocol was filed, even late', () => {
    given([...underway, protocolFiled()])
      .when(end('TIMED_OUT'), ctx(afterTheLimit))
      .thenRefuses('KPA-96e-time-limit');
    given([...underway, protocolFiled()])
      .when(end('AGREEMENT'), ctx(afterTheLimit))
      .then([{ type: 'MediationEnded', data: { result: 'AGREEMENT' } }]);
  });
  it('nor before a mediator is appointed, for no time runs yet', () => {
    given(bothConsented).when(end('TIMED_OUT'), ctx(afterTheLimit)).thenRefuses('KPA-96e-time-limit');
  });
  it('after the limit without a protocol, TIMED_OUT is the only end', () => {
    given(underway).when(end('NO_AGREEMENT'), ctx(afterTheLimit)).thenRefuses('KPA-96e-time-limit');
    given(underway).when(end('WITHDRAWN'), ctx(afterTheLimit)).thenRefuses('KPA-96e-time-limit');
  });
  it('a session is scheduled within the time', () => {
    given(underway)
      .when(cmd('scheduleMediationSession', { sessionId: 's-9', startsAt: '2025-05-15T10:00:00+02:00', place: 'Sala nr 12' }), ctx())
      .thenRefuses('KPA-96e-time-limit');
  });
  it('a mediator is not appointed after the time ran out', () => {
    const recused = {
      type: 'MediatorRecused' as const,
      data: { mediatorUserId: 'u-mediatorka', reason: 'Wątpliwości co do bezstronności.' },
    };
    given([...underway, recused])
      .when(cmd('appointMediator', { mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba', listEntry }), ctx(afterTheLimit))
      .thenRefuses('KPA-96e-time-limit');
  });
});
