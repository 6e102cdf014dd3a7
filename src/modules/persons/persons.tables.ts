import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns } from '../../db/columns.ts';
import { sharedRecordColumns, sharedRecordIndexes } from '../sharing/shared-record.columns.ts';
import type { IdentityDocumentKind } from './identity/identity-documents.ts';

export const SEXES = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const PERSON_ROLES = ['suspect', 'offender', 'wanted', 'drug_dependent_managed', 'associate'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Europol Annex II categories of data subjects (RELIABILITY.md b5); they drive the review period. */
export const DATA_SUBJECT_CATEGORIES = [
  'suspect',
  'convicted',
  'witness',
  'victim',
  'contact_associate',
  'informant',
  'uncategorised',
] as const;
export type DataSubjectCategory = (typeof DATA_SUBJECT_CATEGORIES)[number];

export const PERSONAL_DATA_CATEGORIES = ['basic', 'sensitive'] as const;

export const ADDRESS_KINDS = ['permanent', 'current'] as const;

export type IdentityDocument = { kind: IdentityDocumentKind; number: string; issuedBy?: string | null };
export type PersonAddress = {
  kind: (typeof ADDRESS_KINDS)[number];
  structure: 'current' | 'pre2025';
  unitCode: string;
  detail?: string | null;
};

/**
 * Persons of interest, one row per record of an owning force. `name_folded` and `aliases_folded` are the names
 * without diacritics (đ → d), lower case, set on write for search; `id_numbers` the normalized document numbers.
 * The place used by the sharing policy is the current address, else the permanent one: `place_*`, `province_code`
 * (the current-structure province) and the shared record's `zone_ids` follow it.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    externalRef: text('external_ref'),
    fullName: text('full_name').notNull(),
    nameFolded: text('name_folded').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    aliasesFolded: text('aliases_folded').array().notNull().default(sql`'{}'::text[]`),
    /** The folded other names joined by " | ", for the trigram index (an array cannot carry one). */
    aliasesText: text('aliases_text').notNull().default(''),
    sex: text('sex', { enum: SEXES }).notNull().default('unknown'),
    birthYear: integer('birth_year'),
    birthMonth: integer('birth_month'),
    birthDay: integer('birth_day'),
    placeOfBirth: text('place_of_birth'),
    ethnicity: text('ethnicity'),
    nationality: text('nationality'),
    identityDocuments: jsonb('identity_documents').$type<IdentityDocument[]>().notNull().default([]),
    idNumbers: text('id_numbers').array().notNull().default(sql`'{}'::text[]`),
    addresses: jsonb('addresses').$type<PersonAddress[]>().notNull().default([]),
    provinceCode: text('province_code'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    vehicles: text('vehicles').array().notNull().default(sql`'{}'::text[]`),
    roles: text('roles', { enum: PERSON_ROLES }).array().notNull().default(sql`'{}'::text[]`),
    dataSubjectCategory: text('data_subject_category', { enum: DATA_SUBJECT_CATEGORIES }).notNull(),
    personalDataCategory: text('personal_data_category', { enum: PERSONAL_DATA_CATEGORIES })
      .notNull()
      .default('sensitive'),
    reviewDueOn: calendarDay('review_due_on').notNull(),
    note: text('note'),
    /** The digest of the person's photo (in person_photos), if it has one. */
    photoSha256: text('photo_sha256'),
    ...sharedRecordColumns(),
    ...stampColumns(),
  },
  (t) => [
    ...sharedRecordIndexes('persons', t),
    uniqueIndex('persons_external_ref_key').on(t.ownerAgencyId, t.externalRef),
    index('persons_id_numbers_idx').using('gin', t.idNumbers),
    index('persons_province_idx').on(t.provinceCode),
    index('persons_name_trgm_idx').using('gin', t.nameFolded.op('gin_trgm_ops')),
    index('persons_aliases_trgm_idx').using('gin', t.aliasesText.op('gin_trgm_ops')),
  ],
);

export type PersonRow = typeof persons.$inferSelect;
export type NewPerson = typeof persons.$inferInsert;
