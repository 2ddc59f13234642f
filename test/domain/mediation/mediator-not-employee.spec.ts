import { describe, it } from 'vitest';
import { mediationDecider } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { bothConsented, cmd, ctx, listEntry } from './fixtures.js';

const given = specification(mediationDecider);

// KPA art. 96f § 3: an employee of the office before which the case runs may not mediate it.
describe('KPA-96f-mediator-not-employee', () => {
  it('refuses an employee of the office handling the case', () => {
    given(bothConsented)
      .when(cmd('appointMediator', { mediatorUserId: 'u-kowalczyk', mediatorName: 'Piotr Kowalczyk', listEntry }), ctx())
      .thenRefuses('KPA-96f-mediator-not-employee');
  });
  it('refuses the clerk appointing, who works for the office too', () => {
    given(bothConsented)
      .when(
        cmd('appointMediator', { mediatorUserId: 'u-anna', mediatorName: 'Anna Nowak', listEntry }),
        ctx(undefined, { officeStaffIds: [] }),
      )
      .thenRefuses('KPA-96f-mediator-not-employee');
  });
  it('accepts a mediator from outside the office', () => {
    given(bothConsented)
      .when(cmd('appointMediator', { mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba', listEntry }), ctx())
      .then([{ type: 'MediatorAppointed', data: { mediatorUserId: 'u-zięba' } }]);
  });
});
