import type { ParseKeys } from 'i18next';
import { ROUTES, type RoutePath } from '../../app/router';

export type NavItem = {
  id: keyof typeof ROUTES;
  path: RoutePath;
  labelKey: ParseKeys;
  /** False for modules of a later release: the page shows a "coming later" empty state. */
  isBuilt: boolean;
};

/** The modules every signed-in user sees, in the order of the side navigation. */
export const MODULE_NAV: readonly NavItem[] = [
  { id: 'dashboard', path: ROUTES.dashboard, labelKey: 'shell.nav.dashboard', isBuilt: true },
  { id: 'persons', path: ROUTES.persons, labelKey: 'shell.nav.persons', isBuilt: false },
  { id: 'hotspots', path: ROUTES.hotspots, labelKey: 'shell.nav.hotspots', isBuilt: false },
  { id: 'cases', path: ROUTES.cases, labelKey: 'shell.nav.cases', isBuilt: false },
  { id: 'exchange', path: ROUTES.exchange, labelKey: 'shell.nav.exchange', isBuilt: false },
  { id: 'agreements', path: ROUTES.agreements, labelKey: 'shell.nav.agreements', isBuilt: false },
  { id: 'reports', path: ROUTES.reports, labelKey: 'shell.nav.reports', isBuilt: false },
  { id: 'map', path: ROUTES.map, labelKey: 'shell.nav.map', isBuilt: false },
];

/** The administration pages, shown to administrators only. */
export const ADMIN_NAV: readonly NavItem[] = [
  { id: 'adminUsers', path: ROUTES.adminUsers, labelKey: 'shell.nav.adminUsers', isBuilt: true },
];

/** Finds the navigation entry of a path, if the path is one. */
export const findNavItem = (path: string): NavItem | undefined =>
  [...MODULE_NAV, ...ADMIN_NAV].find((item) => item.path === path);
