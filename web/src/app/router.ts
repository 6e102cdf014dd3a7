import { useSyncExternalStore } from 'react';

/** The app's pages, addressed by the URL hash (`#/admin/users`) so any static server can host it. */
export const ROUTES = {
  dashboard: '/',
  persons: '/persons',
  watches: '/watches',
  inbox: '/inbox',
  hotspots: '/hotspots',
  earlyWarning: '/early-warning',
  cases: '/cases',
  operations: '/operations',
  seizures: '/seizures',
  exchange: '/exchange',
  agreements: '/agreements',
  reports: '/reports',
  map: '/map',
  operationsMap: '/operations-map',
  geoUnits: '/geo/units',
  geoZones: '/geo/zones',
  agencies: '/agencies',
  groups: '/groups',
  adminUsers: '/admin/users',
} as const;

export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES];

const readPath = (): string => {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? ROUTES.dashboard : path.replace(/\/+$/, '') || ROUTES.dashboard;
};

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current page path, re-rendering on every hash change (links, back and forward buttons). */
export const useRoutePath = (): string => useSyncExternalStore(subscribe, readPath);

/** The `href` of a page, for plain links. */
export const hrefOf = (path: RoutePath): string => `#${path}`;

/** The `href` of a record's page under a listed page (`#/agencies/<id>`); each segment is URL-encoded. */
export const hrefOfRecord = (path: RoutePath, ...segments: string[]): string =>
  `#${path}/${segments.map(encodeURIComponent).join('/')}`;

/**
 * The decoded segments after `base` when `path` is a record page under it (`/agencies/x` under
 * `/agencies` gives `['x']`), or undefined when it is not.
 */
export const matchRecordPath = (
  path: string,
  base: RoutePath,
  segmentCount: number,
): string[] | undefined => {
  if (!path.startsWith(`${base}/`)) {
    return undefined;
  }
  const segments = path.slice(base.length + 1).split('/');
  if (segments.length !== segmentCount || segments.some((segment) => segment === '')) {
    return undefined;
  }
  try {
    return segments.map(decodeURIComponent);
  } catch {
    return undefined;
  }
};
