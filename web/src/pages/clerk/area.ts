import type { Area } from '../../area';

/** The clerk's screens: receiving a complaint and "my cases", their home. */
export const area: Area = {
  routes: [
    { path: 'cases', lazy: async () => ({ Component: (await import('./MyCases')).MyCases }) },
    { path: 'intake', lazy: async () => ({ Component: (await import('./Intake')).Intake }) },
  ],
  nav: [
    { to: '/cases', label: 'clerk.nav.cases', roles: ['CLERK'] },
    { to: '/intake', label: 'clerk.nav.intake', roles: ['CLERK', 'SUPERVISOR'] },
  ],
  home: { CLERK: '/cases' },
};
