import type { Area } from '../../area';

export const area: Area = {
  routes: [{ path: 'settings', lazy: async () => ({ Component: (await import('./Settings')).Settings }) }],
  nav: [{ to: '/settings', label: 'settings.nav', roles: ['CLERK', 'MEDIATOR', 'SUPERVISOR', 'OMBUDSMAN', 'ADMIN'] }],
};
