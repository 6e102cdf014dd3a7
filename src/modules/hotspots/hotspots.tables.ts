import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns, utcTimestamp } from '../../db/columns.ts';
import { sharedRecordColumns, sharedRecordIndexes } from '../sharing/shared-record.columns.ts';
import { DRUG_SUBSTANCES } from './drug-substances.ts';
import { HOTSPOT_STATUSES } from './lifecycle.ts';

/** A drug point ("điểm") or a drug hotspot, a gathering place ("tụ điểm phức tạp về ma túy"). */
export const HOTSPOT_KINDS = ['point', 'hotspot'] as const;
export type HotspotKind = (typeof HOTSPOT_KINDS)[number];

/** What a person does at a point or hotspot. */
export const HOTSPOT_PERSON_ROLES = ['organiser', 'owner', 'seller', 'user', 'associate'] as const;
export type HotspotPersonRole = (typeof HOTSPOT_PERSON_ROLES)[number];

/** The structure a unit code belongs to (the current one since 2025-07-01, or the 63-province one before). */
const STRUCTURES = ['current', 'pre2025'] as const;

/**
 * Drug points and hotspots, one row per record of an owning force. The place is computed on write from the point:
 * the current province and commune and the pre-2025 province it lies in; `unit_*` the unit at the time it was
 * reported (a current commune from 2025-07-01, a pre-2025 province before: older commune shapes do not exist); the
 * distances in metres to the nearest provincial boundary and to the national land border; the shared record's
 * `zone_ids` (the border zones holding the point). `status` and `status_on` are the last lifecycle move;
 * `recheck_due_on` the re-emergence check an elimination scheduled.
 */
export const hotspots = pgTable(
  'hotspots',
  {
    id: uuid('id').primaryKey(),
    externalRef: text('external_ref'),
    kind: text('kind', { enum: HOTSPOT_KINDS }).notNull(),
    name: text('name').notNull(),
    /** The name without diacritics (đ → d), lower case, for search. */
    nameFolded: text('name_folded').notNull(),
    description: text('description'),
    drugs: text('drugs', { enum: DRUG_SUBSTANCES }).array().notNull().default(sql`'{}'::text[]`),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    address: text('address'),
    unitStructure: text('unit_structure', { enum: STRUCTURES }).notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').notNull(),
    communeCode: text('commune_code'),
    pre2025ProvinceCode: text('pre2025_province_code'),
    distanceToProvincialBoundaryM: integer('distance_to_provincial_boundary_m'),
    nearestProvinceCode: text('nearest_province_code'),
    distanceToNationalBorderM: integer('distance_to_national_border_m'),
    nationalBorderCountry: text('national_border_country'),
    status: text('status', { enum: HOTSPOT_STATUSES }).notNull(),
    statusOn: calendarDay('status_on').notNull(),
    recheckDueOn: calendarDay('recheck_due_on'),
    ...sharedRecordColumns(),
    ...stampColumns(),
  },
  (t) => [
    ...sharedRecordIndexes('hotspots', t),
    uniqueIndex('hotspots_external_ref_key').on(t.ownerAgencyId, t.externalRef),
    index('hotspots_province_idx').on(t.provinceCode),
    index('hotspots_status_idx').on(t.status),
    index('hotspots_recheck_idx').on(t.ownerAgencyId, t.recheckDueOn),
  ],
);

export type HotspotRow = typeof hotspots.$inferSelect;
export type NewHotspot = typeof hotspots.$inferInsert;

/** The persons linked to a point or hotspot, with what each does there. */
export const hotspotPersons = pgTable(
  'hotspot_persons',
  {
    hotspotId: uuid('hotspot_id')
      .notNull()
      .references(() => hotspots.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: HOTSPOT_PERSON_ROLES }).notNull(),
    createdAt: utcTimestamp('created_at').notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.hotspotId, t.personId] }),
    index('hotspot_persons_person_idx').on(t.personId),
  ],
);

export type HotspotPersonRow = typeof hotspotPersons.$inferSelect;

/** Every lifecycle move of a point or hotspot: from what (null for the report that created it), to what, on which day, why, by whom. */
export const hotspotTransitions = pgTable(
  'hotspot_transitions',
  {
    id: uuid('id').primaryKey(),
    hotspotId: uuid('hotspot_id')
      .notNull()
      .references(() => hotspots.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: HOTSPOT_STATUSES }),
    toStatus: text('to_status', { enum: HOTSPOT_STATUSES }).notNull(),
    on: calendarDay('occurred_on').notNull(),
    /** Why; null only on the first row, the report that created the record. */
    reason: text('reason'),
    recheckDueOn: calendarDay('recheck_due_on'),
    byUserId: uuid('by_user_id'),
    byAgencyId: uuid('by_agency_id').notNull(),
    recordedAt: utcTimestamp('recorded_at').notNull(),
  },
  (t) => [index('hotspot_transitions_hotspot_idx').on(t.hotspotId, t.on)],
);

export type HotspotTransitionRow = typeof hotspotTransitions.$inferSelect;
