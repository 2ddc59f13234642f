import type { Area } from '../../area';

/** The mediator's screens (KPA art. 96a–96n); the clerk's mediation panel is CaseMediationPanel, shown on the case page. */
export const area: Area = {
  routes: [
    { path: 'mediations', lazy: async () => ({ Component: (await import('./MyMediations')).MyMediations }) },
    { path: 'mediations/:id', lazy: async () => ({ Component: (await import('./MediationPage')).MediationPage }) },
  ],
  nav: [{ to: '/mediations', label: 'mediation.nav', roles: ['MEDIATOR'] }],
  home: { MEDIATOR: '/mediations' },
};
