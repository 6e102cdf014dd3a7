import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, text, uuid } from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, calendarDay, HANDLING_CODES, utcTimestamp } from '../../db/columns.ts';
import { CRIME_DOMAINS } from '../agreements/agreements.tables.ts';
import { INFORMATION_ACCURACIES, SOURCE_RELIABILITIES } from './levels.ts';

/**
 * The fields every shared record carries and the sharing policy reads (RELIABILITY.md b1–b3): its owner, state
 * secret level, handling code, foreign-release decision, crime domain, the day it speaks of (agreements in force
 * on that day apply), the border zones its place lies in (computed when the place is written), and its Europol grade.
 */
export const sharedRecordColumns = () => ({
  ownerAgencyId: uuid('owner_agency_id').notNull(),
  classification: text('classification', { enum: CLASSIFICATIONS }).notNull().default('none'),
  handlingCode: text('handling_code', { enum: HANDLING_CODES }).notNull().default('H0'),
  releasableToForeign: boolean('releasable_to_foreign').notNull().default(false),
  crimeDomain: text('crime_domain', { enum: CRIME_DOMAINS }).notNull(),
  recordedOn: calendarDay('recorded_on').notNull(),
  zoneIds: uuid('zone_ids').array().notNull().default(sql`'{}'::uuid[]`),
  sourceReliability: text('source_reliability', { enum: SOURCE_RELIABILITIES }),
  informationAccuracy: text('information_accuracy', { enum: INFORMATION_ACCURACIES }),
  evaluatedBy: uuid('evaluated_by'),
  evaluatedAt: utcTimestamp('evaluated_at'),
});

/** The indexes the visibility fragment of the policy uses on a shared record table. */
export const sharedRecordIndexes = (
  name: string,
  t: { ownerAgencyId: AnyPgColumn; zoneIds: AnyPgColumn },
) => [index(`${name}_owner_idx`).on(t.ownerAgencyId), index(`${name}_zones_idx`).using('gin', t.zoneIds)];
