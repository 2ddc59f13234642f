import type { Area } from '../../area';

/** The ombudsman reviewer's screens (issue 9): the equal-treatment report and the cases far from their peers. */
export const area: Area = {
  routes: [{ path: 'equal-treatment', lazy: async () => ({ Component: (await import('./EqualTreatment')).EqualTreatment }) }],
  nav: [{ to: '/equal-treatment', label: 'ombudsman.nav', roles: ['OMBUDSMAN', 'SUPERVISOR'] }],
  home: { OMBUDSMAN: '/equal-treatment' },
};
