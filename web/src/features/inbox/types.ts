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

export const SHARED_RECORD_KINDS = ['persons', 'hotspots', 'cases', 'seizures', 'operations'] as const;
export type SharedRecordKind = (typeof SHARED_RECORD_KINDS)[number];
export type SharingLevel = 'pointer' | 'summary' | 'full';

/** One line of "shared with you": what one agency shared with ours on one day (UTC+7), counted by kind. */
export type SharedGroup = {
  day: string;
  grantedByAgency: AgencySummary;
  count: number;
  kinds: Partial<Record<SharedRecordKind, number>>;
  latestAt: string;
};

export type SharedGroupList = { groups: SharedGroup[]; total: number };

/** One record of a group, at the level the policy gives us now (a name from summary up). */
export type SharedItem = {
  shareId: string;
  kind: SharedRecordKind;
  recordId: string;
  level: SharingLevel;
  sharedLevel: SharingLevel;
  label: string | null;
  ownerAgency: AgencySummary;
  purpose: string;
  grantedAt: string;
};

export type SharedItemList = { items: SharedItem[]; total: number };
