import { type AnyPgColumn, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { stampColumns } from '../../db/columns.ts';

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

/** Police forces and their units; the geography issue adds jurisdictions, contacts and history. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
  nameVi: text('name_vi').notNull(),
  nameLocal: text('name_local'),
  nameEn: text('name_en'),
  country: text('country').notNull().default('VN'),
  parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
  ...stampColumns(),
});
