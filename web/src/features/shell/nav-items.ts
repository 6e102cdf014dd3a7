import type { ParseKeys } from 'i18next';
import { ROUTES, type RoutePath } from '../../app/router';

export type NavItem = {
  id: keyof typeof ROUTES;
  path: RoutePath;
  labelKey: ParseKeys;
  /** False for modules of a later release: the page shows a "coming later" empty state. */
  isBuilt: boolean;
};

/** A heading of the side navigation that folds a few related pages together. */
export type NavGroup = { id: string; labelKey: ParseKeys; items: readonly NavItem[] };

/** The modules every signed-in user sees, in the order of the side navigation. */
export const MODULE_NAV: readonly NavItem[] = [
  { id: 'dashboard', path: ROUTES.dashboard, labelKey: 'shell.nav.dashboard', isBuilt: true },
  { id: 'persons', path: ROUTES.persons, labelKey: 'shell.nav.persons', isBuilt: true },
  { id: 'watches', path: ROUTES.watches, labelKey: 'shell.nav.watches', isBuilt: true },
  { id: 'inbox', path: ROUTES.inbox, labelKey: 'shell.nav.inbox', isBuilt: true },
  { id: 'hotspots', path: ROUTES.hotspots, labelKey: 'shell.nav.hotspots', isBuilt: true },
  { id: 'earlyWarning', path: ROUTES.earlyWarning, labelKey: 'shell.nav.earlyWarning', isBuilt: true },
  { id: 'cases', path: ROUTES.cases, labelKey: 'shell.nav.cases', isBuilt: true },
  { id: 'operations', path: ROUTES.operations, labelKey: 'shell.nav.operations', isBuilt: true },
  { id: 'seizures', path: ROUTES.seizures, labelKey: 'shell.nav.seizures', isBuilt: true },
  { id: 'exchange', path: ROUTES.exchange, labelKey: 'shell.nav.exchange', isBuilt: false },
  { id: 'agreements', path: ROUTES.agreements, labelKey: 'shell.nav.agreements', isBuilt: true },
  { id: 'reports', path: ROUTES.reports, labelKey: 'shell.nav.reports', isBuilt: false },
];

/** The geography pages: the map, the administrative units and the border zones. */
export const GEO_NAV: NavGroup = {
  id: 'geo',
  labelKey: 'shell.nav.mapGroup',
  items: [
    { id: 'map', path: ROUTES.map, labelKey: 'shell.nav.map', isBuilt: true },
    { id: 'operationsMap', path: ROUTES.operationsMap, labelKey: 'shell.nav.operationsMap', isBuilt: true },
    { id: 'geoUnits', path: ROUTES.geoUnits, labelKey: 'shell.nav.geoUnits', isBuilt: true },
    { id: 'geoZones', path: ROUTES.geoZones, labelKey: 'shell.nav.geoZones', isBuilt: true },
  ],
};

/** The forces: agencies, and the clusters and routes they form. */
export const FORCES_NAV: NavGroup = {
  id: 'forces',
  labelKey: 'shell.nav.forces',
  items: [
    { id: 'agencies', path: ROUTES.agencies, labelKey: 'shell.nav.agencies', isBuilt: true },
    { id: 'groups', path: ROUTES.groups, labelKey: 'shell.nav.groups', isBuilt: true },
  ],
};

/** The administration pages, shown to administrators only. */
export const ADMIN_NAV: readonly NavItem[] = [
  { id: 'adminUsers', path: ROUTES.adminUsers, labelKey: 'shell.nav.adminUsers', isBuilt: true },
];

const ALL_ITEMS = [...MODULE_NAV, ...GEO_NAV.items, ...FORCES_NAV.items, ...ADMIN_NAV];

/** Finds the navigation entry of a path, if the path is one. */
export const findNavItem = (path: string): NavItem | undefined =>
  ALL_ITEMS.find((item) => item.path === path);

/** Tells whether a navigation entry is the current page or the list above the current record page. */
export const isNavItemActive = (item: NavItem, currentPath: string): boolean =>
  currentPath === item.path || (item.path !== ROUTES.dashboard && currentPath.startsWith(`${item.path}/`));
