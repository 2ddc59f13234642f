import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { appointedAt, bothConsented, cmd, consented, ctx, listEntry, mediator, proposed, underway } from './fixtures.js';

const given = specification(mediationDecider);
const appoint = cmd('appointMediator', { mediatorUserId: mediator.userId, mediatorName: mediator.name, listEntry });

// KPA art. 96d: the case is referred, naming the mediator, once the participants have consented; referral
// postpones it for up to two months (art. 96e § 1).
describe('KPA-96d-consent-before-appointment', () => {
  it('no mediator before every party has consented', () => {
    given([proposed, consented('p-urząd')])
      .when(appoint, ctx())
      .thenRefuses('KPA-96d-consent-before-appointment');
  });
  it('after every consent the mediator is appointed and the case postponed for two months', () => {
    given(bothConsented)
      .when(appoint, ctx(appointedAt))
      .then([
        {
          type: 'MediatorAppointed',
          data: {
            mediatorUserId: mediator.userId,
            mediatorName: 'Małgorzata Źródłowska',
            postponedUntil: { dueDate: '2025-05-14', rule: 'KPA-96e-mediation-2-months' },
          },
        },
      ]);
  });
  it('one mediator at a time', () => {
    given(underway)
      .when(cmd('appointMediator', { mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba', listEntry }), ctx())
      .thenRefuses('mediator-already-appointed');
  });
});
