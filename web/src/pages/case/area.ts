import type { Area } from '../../area';

/** The case page every role opens; no menu entry of its own (lists link to it). */
export const area: Area = {
  routes: [{ path: 'disputes/:id', lazy: async () => ({ Component: (await import('./CasePage')).CasePage }) }],
  nav: [],
};
