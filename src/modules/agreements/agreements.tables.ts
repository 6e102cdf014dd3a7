import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns } from '../../db/columns.ts';
import { AGREEMENT_RECORD_KINDS, SHARING_LEVELS } from '../sharing/levels.ts';

export const AGREEMENT_KINDS = ['regulation', 'mou', 'minutes', 'plan'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  'draft',
  'signed',
  'in_force',
  'suspended',
  'expired',
  'superseded',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CRIME_DOMAINS = [
  'drugs',
  'criminal',
  'economic',
  'trafficking',
  'smuggling',
  'environment',
  'cyber',
  'food_safety',
  'corruption',
  'fraud',
  'counterfeit',
  'other',
] as const;
export type CrimeDomain = (typeof CRIME_DOMAINS)[number];

export const PARTY_ROLES = ['party', 'host', 'chair', 'lead'] as const;
export const REVIEW_KINDS = ['interim_review', 'final_review', 'annual_meeting', 'briefing'] as const;

/**
 * A signed (or drafted) coordination agreement. Agency, zone and group ids are plain columns: other modules' tables
 * are reached through their functions, never by foreign key. Reply deadlines are in hours.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    number: text('number'),
    title: text('title').notNull(),
    signedOn: calendarDay('signed_on'),
    effectiveFrom: calendarDay('effective_from'),
    effectiveUntil: calendarDay('effective_until'),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('draft'),
    supersededById: uuid('superseded_by_id'),
    domains: text('domains', { enum: CRIME_DOMAINS }).array().notNull().default([]),
    approvalAuthority: text('approval_authority'),
    areaDescription: text('area_description'),
    groupId: uuid('group_id'),
    urgentReplyHours: integer('urgent_reply_hours'),
    normalReplyHours: integer('normal_reply_hours'),
    lowReplyHours: integer('low_reply_hours'),
    note: text('note'),
    ...stampColumns(),
  },
  (t) => [
    index('agreements_domains_idx').using('gin', t.domains),
    index('agreements_status_period_idx').on(t.status, t.effectiveFrom, t.effectiveUntil),
    index('agreements_signed_idx').on(t.signedOn, t.number),
  ],
);

/** The parties of an agreement, with the person who signed for each (as the report names them). */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id').notNull(),
    role: text('role', { enum: PARTY_ROLES }).notNull().default('party'),
    signatoryName: text('signatory_name'),
    signatoryRank: text('signatory_rank'),
    signatoryTitle: text('signatory_title'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('agreement_parties_pair_key').on(t.agreementId, t.agencyId),
    index('agreement_parties_agency_idx').on(t.agencyId, t.agreementId),
  ],
);

/** The border zones (geo module ids) an agreement covers. */
export const agreementZones = pgTable(
  'agreement_zones',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.zoneId] }),
    index('agreement_zones_zone_idx').on(t.zoneId, t.agreementId),
  ],
);

/** What a party (or, with a null agency, every party) shares automatically, and at what level. */
export const agreementObligations = pgTable(
  'agreement_obligations',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id'),
    recordKind: text('record_kind', { enum: AGREEMENT_RECORD_KINDS }).notNull(),
    level: text('level', { enum: SHARING_LEVELS }).notNull(),
    note: text('note'),
  },
  (t) => [index('agreement_obligations_agreement_idx').on(t.agreementId)],
);

/** A review of an agreement: every N months after the last one held (or its start), or on a fixed day. */
export const agreementReviews = pgTable(
  'agreement_reviews',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REVIEW_KINDS }).notNull(),
    everyMonths: integer('every_months'),
    fixedOn: calendarDay('fixed_on'),
    lastHeldOn: calendarDay('last_held_on'),
    remindDaysBefore: integer('remind_days_before').notNull().default(30),
    note: text('note'),
  },
  (t) => [index('agreement_reviews_agreement_idx').on(t.agreementId)],
);
