export { inboxRoutes } from './inbox.routes.ts';
export { type Notify, notify } from './inbox.service.ts';
export { notifications } from './inbox.tables.ts';
