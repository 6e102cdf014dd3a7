import { useSyncExternalStore } from 'react';

/** The app's pages, addressed by the URL hash (`#/admin/users`) so any static server can host it. */
export const ROUTES = {
  dashboard: '/',
  persons: '/persons',
  hotspots: '/hotspots',
  cases: '/cases',
  exchange: '/exchange',
  agreements: '/agreements',
  reports: '/reports',
  map: '/map',
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
