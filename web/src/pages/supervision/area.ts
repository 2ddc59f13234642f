import type { Area } from '../../area';

/** The supervisor's screens (issue 9): what is due and late and who carries what, the case list, search, the register. */
export const area: Area = {
  routes: [
    { path: 'dashboard', lazy: async () => ({ Component: (await import('./Dashboard')).Dashboard }) },
    { path: 'disputes', lazy: async () => ({ Component: (await import('./DisputeList')).DisputeList }) },
    { path: 'search', lazy: async () => ({ Component: (await import('./Search')).Search }) },
    { path: 'register', lazy: async () => ({ Component: (await import('./Register')).Register }) },
  ],
  nav: [
    { to: '/dashboard', label: 'supervision.nav.dashboard', roles: ['SUPERVISOR', 'ADMIN'] },
    { to: '/disputes', label: 'supervision.nav.disputes', roles: ['SUPERVISOR', 'ADMIN'] },
    { to: '/search', label: 'supervision.nav.search', roles: ['SUPERVISOR', 'ADMIN'] },
    { to: '/register', label: 'supervision.nav.register', roles: ['SUPERVISOR', 'ADMIN'] },
  ],
  home: { SUPERVISOR: '/dashboard' },
};
