import { describe, expect, it } from 'vitest';
import { mediationCommandInputSchemas } from '../../../schema/commands/mediation-commands.js';
import { decide, evolve, initialState, type MediationEvent } from '../../../services/domain/mediation/index.js';
import { specification } from '../../support/given-when-then.js';
import { bothConsented, cmd, ctx, listEntry, mediationId, parties, proposed } from './fixtures.js';

const given = specification({ decide, evolve, initialState });
const appoint = (entry: { list: 'DISTRICT_COURT' | 'ORGANISATION'; keptBy: string; entry: string } | null) =>
  cmd('appointMediator', { mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba', listEntry: entry });

/** The complainant and a neighbour, without the office: the office mediates between others. */
const withoutOffice: MediationEvent[] = [
  {
    type: 'MediationProposed',
    data: {
      ...(proposed.data as Extract<MediationEvent, { type: 'MediationProposed' }>['data']),
      parties: [parties[0]!, { ...parties[1]!, partyId: 'p-sąsiad', role: 'OTHER' }],
    },
  },
  { type: 'MediationConsentGiven', data: { partyId: 'p-wiśniewska', reason: null } },
  { type: 'MediationConsentGiven', data: { partyId: 'p-sąsiad', reason: null } },
];

// KPA art. 96f § 2 (summary, see docs/law.md): where the office itself is a participant, the mediator comes from the
// list of permanent mediators kept by the president of a district court, or from an organisation's list.
describe('KPA-96f-2: the office as a party takes a mediator from a list, and the entry is recorded', () => {
  it('refuses a mediator without a list entry when the office is a party', () => {
    given(bothConsented).when(appoint(null), ctx()).thenRefuses('KPA-96f-2-list-entry');
  });

  it('records the list, who keeps it and the mediator’s entry', () => {
    given(bothConsented)
      .when(appoint(listEntry), ctx())
      .then([
        {
          type: 'MediatorAppointed',
          data: {
            mediatorUserId: 'u-zięba',
            listEntry: { list: 'DISTRICT_COURT', keptBy: 'Prezes Sądu Okręgowego w Białymstoku', entry: 'poz. 17' },
          },
        },
      ]);
  });

  it('an organisation’s list will do as well', () => {
    const fromOrganisation = { list: 'ORGANISATION', keptBy: 'Fundacja „Porozumienie” w Łodzi', entry: 'nr 42/2025' } as const;
    given(bothConsented)
      .when(appoint(fromOrganisation), ctx())
      .then([{ type: 'MediatorAppointed', data: { listEntry: fromOrganisation } }]);
  });

  it('between other parties, a mediator needs no list entry', () => {
    given(withoutOffice)
      .when(appoint(null), ctx())
      .then([{ type: 'MediatorAppointed', data: { listEntry: null } }]);
  });

  it('the entry names its list, its keeper and the entry itself (refused at the boundary, naming the field)', () => {
    const input = { mediationId, mediatorUserId: 'u-zięba', mediatorName: 'Tomasz Zięba' };
    const parsed = mediationCommandInputSchemas.appointMediator.safeParse({ ...input, listEntry: { list: 'DISTRICT_COURT', keptBy: '' } });
    expect(parsed.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['listEntry.entry', 'listEntry.keptBy']);
    expect(mediationCommandInputSchemas.appointMediator.parse(input).listEntry).toBeNull();
  });
});
