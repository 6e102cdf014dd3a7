import { type AnyPgColumn, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns } from '../../db/columns.ts';

export const AGENCY_KINDS = [
  'ministry',
  'department',
  'provincial',
  'division',
  'commune',
  'border_guard',
  'foreign',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The two administrative structures a unit code belongs to (codes are reused across 2025-07-01). */
export const STRUCTURES = ['current', 'pre2025'] as const;

export const SUCCESSION_KINDS = ['merged_into', 'split_into', 'renamed'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export const CONTACT_KINDS = ['duty_desk', 'liaison_officer'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Police forces and their units in their hierarchy; `search_text` is the folded code and names, set on write. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    nameVi: text('name_vi').notNull(),
    nameLocal: text('name_local'),
    localLanguage: text('local_language'),
    nameEn: text('name_en'),
    country: text('country').notNull().default('VN'),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    validFrom: calendarDay('valid_from'),
    validUntil: calendarDay('valid_until'),
    searchText: text('search_text').notNull().default(''),
    ...stampColumns(),
  },
  (t) => [index('agencies_parent_idx').on(t.parentId)],
);

/** Which units an agency covers, in which structure, and when. */
export const agencyJurisdictions = pgTable(
  'agency_jurisdictions',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    structure: text('structure', { enum: STRUCTURES }).notNull(),
    unitCode: text('unit_code').notNull(),
    validFrom: calendarDay('valid_from'),
    validUntil: calendarDay('valid_until'),
  },
  (t) => [
    index('agency_jurisdictions_agency_idx').on(t.agencyId),
    index('agency_jurisdictions_unit_idx').on(t.structure, t.unitCode),
  ],
);

/** What became of a dissolved, merged, split or renamed agency: one row per (predecessor, successor). */
export const agencySuccessions = pgTable(
  'agency_successions',
  {
    id: uuid('id').primaryKey(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => agencies.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: SUCCESSION_KINDS }).notNull(),
    date: calendarDay('date').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('agency_successions_pair_key').on(t.predecessorId, t.successorId),
    index('agency_successions_successor_idx').on(t.successorId),
  ],
);

/** Duty desks and liaison officers: whom to contact at an agency, and when. */
export const agencyContacts = pgTable(
  'agency_contacts',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    name: text('name').notNull(),
    rank: text('rank'),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    languages: text('languages').array().notNull().default([]),
    validFrom: calendarDay('valid_from'),
    validUntil: calendarDay('valid_until'),
    ...stampColumns(),
  },
  (t) => [index('agency_contacts_agency_idx').on(t.agencyId)],
);
