import type { Area } from '../../area';

/** The administrator's screens: accounts and roles; the erasure of a person (GDPR art. 17). */
export const area: Area = {
  routes: [
    { path: 'admin/users', lazy: async () => ({ Component: (await import('./Users')).Users }) },
    { path: 'admin/erasure', lazy: async () => ({ Component: (await import('./Erasure')).Erasure }) },
  ],
  nav: [
    { to: '/admin/users', label: 'admin.navUsers', roles: ['ADMIN'] },
    { to: '/admin/erasure', label: 'admin.navErasure', roles: ['ADMIN'] },
  ],
  home: { ADMIN: '/admin/users' },
};
