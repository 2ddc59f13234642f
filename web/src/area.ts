import type { RouteObject } from 'react-router';
import type { Role } from './gql/graphql';

/** A part of the app (clerk, supervision, ombudsman…): its routes and its entries in the main menu. */
export interface Area {
  routes: RouteObject[];
  nav: { to: string; label: string; roles: Role[] }[];
  /** Where a role lands after signing in, when this area is its home. */
  home?: Partial<Record<Role, string>>;
}
