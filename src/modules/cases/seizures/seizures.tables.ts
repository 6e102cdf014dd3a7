import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns, utcTimestamp } from '../../../db/columns.ts';
import { sharedRecordColumns, sharedRecordIndexes } from '../../sharing/shared-record.columns.ts';
import { cases } from '../cases.tables.ts';
import { QUANTITY_UNITS, SUBSTANCES } from './substances.ts';

export const EXHIBIT_KINDS = ['weapon', 'vehicle', 'cash', 'phone', 'other'] as const;
export const CURRENCIES = ['VND', 'LAK', 'USD', 'THB', 'CNY', 'KHR'] as const;

/** An exhibit seized beside the drugs: a weapon, a vehicle, cash (an amount in a currency), a phone, anything else. */
export type Exhibit = {
  kind: (typeof EXHIBIT_KINDS)[number];
  description: string;
  count?: number | null;
  amount?: number | null;
  currency?: (typeof CURRENCIES)[number] | null;
};

/**
 * Seizures on a case, one row per seizure (a joint seizure by several forces is still one row: totals count it
 * once; `seizure_agencies` credits each force). A drug seizure states its substance, and its quantity in a unit
 * that fits it (never converted on write); a seizure of exhibits only has none. The place and crime domain are the
 * case's; the day the policy reads is the day of the seizure.
 */
export const seizures = pgTable(
  'seizures',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seizedOn: calendarDay('seized_on').notNull(),
    substance: text('substance', { enum: SUBSTANCES }),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }),
    unit: text('unit', { enum: QUANTITY_UNITS }),
    exhibits: jsonb('exhibits').$type<Exhibit[]>().notNull().default([]),
    provinceCode: text('province_code'),
    note: text('note'),
    ...sharedRecordColumns(),
    ...stampColumns(),
  },
  (t) => [
    ...sharedRecordIndexes('seizures', t),
    index('seizures_case_idx').on(t.caseId),
    index('seizures_seized_idx').on(t.seizedOn),
  ],
);

/** The forces credited with a seizure: the owner (`lead`) and, for a joint seizure, every other force (`joint`). */
export const seizureAgencies = pgTable(
  'seizure_agencies',
  {
    seizureId: uuid('seizure_id')
      .notNull()
      .references(() => seizures.id),
    agencyId: uuid('agency_id').notNull(),
    role: text('role', { enum: ['lead', 'joint'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.seizureId, t.agencyId] }),
    index('seizure_agencies_agency_idx').on(t.agencyId),
  ],
);

/**
 * The custody chain of a seizure's exhibits, append-only: entry 1 is the seizing force on the day of the seizure;
 * each later entry is a handover to a new holder (agency, unit, person) on a day.
 */
export const seizureCustody = pgTable(
  'seizure_custody',
  {
    id: uuid('id').primaryKey(),
    seizureId: uuid('seizure_id')
      .notNull()
      .references(() => seizures.id),
    seq: integer('seq').notNull(),
    holderAgencyId: uuid('holder_agency_id').notNull(),
    holderUnit: text('holder_unit'),
    holderPerson: text('holder_person'),
    since: calendarDay('since').notNull(),
    note: text('note'),
    recordedAt: utcTimestamp('recorded_at').notNull(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [uniqueIndex('seizure_custody_seq_key').on(t.seizureId, t.seq)],
);

export type SeizureRow = typeof seizures.$inferSelect;
export type NewSeizure = typeof seizures.$inferInsert;
export type CustodyRow = typeof seizureCustody.$inferSelect;
