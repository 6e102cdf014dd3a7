import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../db/columns.ts';

/** Domain events written in the same transaction as the change; notifications, indexes and federation consume them. */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: uuid('id').primaryKey(),
    eventType: text('event_type').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: uuid('aggregate_id').notNull(),
    ownerAgencyId: uuid('owner_agency_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: utcTimestamp('created_at').notNull(),
    publishedAt: utcTimestamp('published_at'),
  },
  (t) => [index('outbox_events_unpublished_idx').on(t.createdAt)],
);
