import { doublePrecision, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns, utcTimestamp } from '../../db/columns.ts';
import { sharedRecordColumns, sharedRecordIndexes } from '../sharing/shared-record.columns.ts';
import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CASE_STATUSES,
  OFFENCE_CODES,
  PARTICIPANT_ROLES,
} from './case-terms.ts';

/**
 * Incidents and criminal cases, one row per record of the lead force (the owner). The day the policy reads
 * (`recorded_on`) is the day it occurred; the place is an administrative unit (with an optional point), and
 * `province_code` and `zone_ids` follow it. `hotspot_id` names a hotspot of the hotspots module without a foreign
 * key (TODO(#6): the lead wires it when both modules are merged); `operation_id` a special operation.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    externalRef: text('external_ref'),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The title without diacritics (đ → d), lower case, for search. */
    titleFolded: text('title_folded').notNull(),
    occurredOn: calendarDay('occurred_on').notNull(),
    placeStructure: text('place_structure', { enum: ['current', 'pre2025'] }).notNull(),
    placeUnitCode: text('place_unit_code').notNull(),
    placeDetail: text('place_detail'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    provinceCode: text('province_code'),
    offence: text('offence', { enum: OFFENCE_CODES }),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    summary: text('summary'),
    operationId: uuid('operation_id'),
    hotspotId: uuid('hotspot_id'),
    ...sharedRecordColumns(),
    ...stampColumns(),
  },
  (t) => [
    ...sharedRecordIndexes('cases', t),
    uniqueIndex('cases_external_ref_key').on(t.ownerAgencyId, t.externalRef),
    index('cases_occurred_idx').on(t.occurredOn),
    index('cases_operation_idx').on(t.operationId),
    index('cases_hotspot_idx').on(t.hotspotId),
  ],
);

/** The participating forces of a case, each with its role; the lead is the case's owner, not listed here. */
export const caseAgencies = pgTable(
  'case_agencies',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    addedAt: utcTimestamp('added_at').notNull(),
    addedBy: uuid('added_by'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.agencyId] }), index('case_agencies_agency_idx').on(t.agencyId)],
);

/** The persons involved in a case (arrested, suspect, witness), each a person record of the persons module. */
export const casePersons = pgTable(
  'case_persons',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: CASE_PERSON_ROLES }).notNull(),
    linkedAt: utcTimestamp('linked_at').notNull(),
    linkedBy: uuid('linked_by'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index('case_persons_person_idx').on(t.personId)],
);

export type CaseRow = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type CaseAgencyRow = typeof caseAgencies.$inferSelect;
export type CasePersonRow = typeof casePersons.$inferSelect;
