import { doublePrecision, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { stampColumns } from '../../../db/columns.ts';
import { STRUCTURES } from '../units/units.tables.ts';

export const ZONE_KINDS = ['units', 'belt'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export const MEMBER_LEVELS = ['province', 'district', 'commune', 'foreign'] as const;
export type MemberLevel = (typeof MEMBER_LEVELS)[number];

/** A named border zone where jurisdictions meet: a set of units, or a belt of N km along adjacent provinces' boundary. */
export const geoBorderZones = pgTable('geo_border_zones', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  structure: text('structure', { enum: STRUCTURES }).notNull(),
  kind: text('kind', { enum: ZONE_KINDS }).notNull(),
  beltKm: doublePrecision('belt_km'),
  provinces: text('provinces').array().notNull().default([]),
  /** The agency whose administrators keep the zone; null for zones made by the system (the demo seed, the CLI). */
  ownerAgencyId: uuid('owner_agency_id'),
  ...stampColumns(),
});

/** The member units of a zone (for a belt zone: the current communes within the belt). */
export const geoBorderZoneMembers = pgTable(
  'geo_border_zone_members',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => geoBorderZones.id, { onDelete: 'cascade' }),
    structure: text('structure', { enum: STRUCTURES }).notNull(),
    code: text('code').notNull(),
    level: text('level', { enum: MEMBER_LEVELS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.zoneId, t.structure, t.code] }),
    index('geo_border_zone_members_unit_idx').on(t.structure, t.code),
  ],
);
