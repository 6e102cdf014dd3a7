import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, utcTimestamp } from '../../db/columns.ts';
import { CLUSTER_TRENDS, type ClusterTrend } from './clustering/cluster-summary.ts';

export const ALERT_STATUSES = ['open', 'closed'] as const;

/** One event of a cluster: which record (kind and id), whose, and the day it speaks of. */
export type AlertEvent = { kind: string; id: string; ownerAgencyId: string; day: string };

/**
 * Early-warning alerts: one per emerging space-time cluster near a border, kept and updated as the cluster grows
 * (a later run that finds a cluster sharing events with an open alert updates that alert instead of raising
 * another). The alert goes to `recipient_agency_ids`: the parties of the agreements covering the cluster's zones and
 * the owners of its events; each recipient reads the events themselves only as the sharing policy allows.
 */
export const earlyWarningAlerts = pgTable(
  'early_warning_alerts',
  {
    id: uuid('id').primaryKey(),
    status: text('status', { enum: ALERT_STATUSES }).notNull().default('open'),
    trend: text('trend', { enum: CLUSTER_TRENDS }).notNull().$type<ClusterTrend>(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    provinceCode: text('province_code'),
    nearestProvinceCode: text('nearest_province_code'),
    distanceToProvincialBoundaryM: integer('distance_to_provincial_boundary_m'),
    nationalBorderCountry: text('national_border_country'),
    distanceToNationalBorderM: integer('distance_to_national_border_m'),
    zoneIds: uuid('zone_ids').array().notNull().default(sql`'{}'::uuid[]`),
    events: jsonb('events').$type<AlertEvent[]>().notNull(),
    eventCount: integer('event_count').notNull(),
    recentCount: integer('recent_count').notNull(),
    previousCount: integer('previous_count').notNull(),
    firstDay: calendarDay('first_day').notNull(),
    lastDay: calendarDay('last_day').notNull(),
    pValue: doublePrecision('p_value').notNull(),
    recipientAgencyIds: uuid('recipient_agency_ids').array().notNull(),
    raisedAt: utcTimestamp('raised_at').notNull(),
    updatedAt: utcTimestamp('updated_at').notNull(),
    closedAt: utcTimestamp('closed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('early_warning_alerts_recipients_idx').using('gin', t.recipientAgencyIds),
    index('early_warning_alerts_status_idx').on(t.status),
  ],
);

export type AlertRow = typeof earlyWarningAlerts.$inferSelect;
export type NewAlert = typeof earlyWarningAlerts.$inferInsert;
