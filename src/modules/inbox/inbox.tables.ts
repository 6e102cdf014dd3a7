import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../db/columns.ts';

export const NOTIFICATION_KINDS = [
  'watch_hit',
  'watch_notice',
  'early_warning',
  'messages_received',
  'request_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One event folded into a notification: what happened, to which record, when. */
export type NotificationEvent = { at: string; event: string; recordId: string; byAgencyId: string };

/**
 * Notifications to an agency's inbox. `group_key` folds repeats: every event with the same key (e.g. one watch,
 * one person, one day) lands in the same notification, counted and listed in `events`, so nothing floods.
 * References to records are ids only: the inbox shows each at the level the reader may read it. A notification with
 * a `user_id` is for that user of the agency alone (an escalation to a commander); without, for every user of it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    userId: uuid('user_id'),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    groupKey: text('group_key').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: uuid('record_id').notNull(),
    watchId: uuid('watch_id'),
    fromAgencyId: uuid('from_agency_id'),
    eventCount: integer('event_count').notNull().default(1),
    events: jsonb('events').$type<NotificationEvent[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: utcTimestamp('created_at').notNull(),
    updatedAt: utcTimestamp('updated_at').notNull(),
    readAt: utcTimestamp('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_group_key').on(t.agencyId, t.groupKey),
    index('notifications_agency_idx').on(t.agencyId, t.updatedAt),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
