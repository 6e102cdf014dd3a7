import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns } from '../../../db/columns.ts';
import { agencies } from '../agencies.tables.ts';

export const GROUP_KINDS = ['cluster', 'route'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A cluster of forces with a rotating chair, or a trafficking route: a set of forces over time. */
export const agencyGroups = pgTable('agency_groups', {
  id: uuid('id').primaryKey(),
  kind: text('kind', { enum: GROUP_KINDS }).notNull(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en'),
  description: text('description'),
  agreementRef: text('agreement_ref'),
  searchText: text('search_text').notNull().default(''),
  ...stampColumns(),
});

/** Which agency belonged to which group, and when (half-open periods). */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => agencyGroups.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    validFrom: calendarDay('valid_from'),
    validUntil: calendarDay('valid_until'),
  },
  (t) => [
    index('group_memberships_group_idx').on(t.groupId),
    index('group_memberships_agency_idx').on(t.agencyId),
  ],
);

/** A cluster chair's term, and the conference at which the chair was handed over (text until conferences exist). */
export const chairTerms = pgTable(
  'chair_terms',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => agencyGroups.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    startsOn: calendarDay('starts_on').notNull(),
    endsOn: calendarDay('ends_on'),
    conferenceName: text('conference_name'),
    conferenceDate: calendarDay('conference_date'),
    conferencePlace: text('conference_place'),
    note: text('note'),
  },
  (t) => [index('chair_terms_group_idx').on(t.groupId, t.startsOn)],
);
