export { inboxRoutes } from './inbox.routes.ts';
export {
  countUnreadNotifications,
  markAgencyNotificationsRead,
  type Notify,
  notify,
} from './inbox.service.ts';
export { notifications } from './inbox.tables.ts';
