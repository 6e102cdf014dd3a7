import type { AgencySummary } from '../agencies/types';

export type NotificationKind =
  | 'watch_hit'
  | 'watch_notice'
  | 'early_warning'
  | 'messages_received'
  | 'request_overdue';

/** One change behind a notification; several on one day fold into one notification (a digest). */
export type NotificationEvent = {
  at: string;
  event:
    | 'person.recorded'
    | 'person.updated'
    | 'message.sent'
    | 'message.overdue'
    | 'alert.raised'
    | 'alert.updated';
  recordId: string;
  byAgencyId: string;
};

/**
 * A watch hit: `fromAgency` holds a record matching one of our watches. A notice: `fromAgency` watches a person
 * matching our record `recordId`.
 */
export type InboxNotification = {
  id: string;
  kind: NotificationKind;
  recordKind: 'persons' | 'messages' | 'alerts';
  recordId: string;
  watchId: string | null;
  fromAgency: AgencySummary | null;
  eventCount: number;
  events: NotificationEvent[];
  createdAt: string;
  updatedAt: string;
  read: boolean;
};

export type NotificationList = { items: InboxNotification[]; unread: number };
