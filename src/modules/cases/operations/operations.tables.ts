import { pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns, utcTimestamp } from '../../../db/columns.ts';
import { sharedRecordColumns, sharedRecordIndexes } from '../../sharing/shared-record.columns.ts';
import { OPERATION_STATUSES, PARTICIPANT_ROLES } from '../case-terms.ts';

/**
 * Special operations ("chuyên án"), owned by the lead force. A shared record read through the one sharing policy,
 * but never placed: `zone_ids` stays empty, so no agreement ever covers one, and only the lead force and the
 * forces it shares with (every participating force, by a share granted when it joins) read it, each under its
 * clearance (docs/cases.md). The day the policy reads is the day it started.
 */
export const specialOperations = pgTable(
  'special_operations',
  {
    id: uuid('id').primaryKey(),
    codeName: text('code_name').notNull(),
    startedOn: calendarDay('started_on').notNull(),
    endedOn: calendarDay('ended_on'),
    status: text('status', { enum: OPERATION_STATUSES }).notNull().default('active'),
    result: text('result'),
    note: text('note'),
    ...sharedRecordColumns(),
    ...stampColumns(),
  },
  (t) => [
    ...sharedRecordIndexes('special_operations', t),
    uniqueIndex('special_operations_code_key').on(t.ownerAgencyId, t.codeName),
  ],
);

/** The participating forces of a special operation, each with its role. */
export const operationAgencies = pgTable(
  'operation_agencies',
  {
    operationId: uuid('operation_id')
      .notNull()
      .references(() => specialOperations.id),
    agencyId: uuid('agency_id').notNull(),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    addedAt: utcTimestamp('added_at').notNull(),
    addedBy: uuid('added_by'),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.agencyId] })],
);

/** The target persons of a special operation, each a person record of the persons module. */
export const operationTargets = pgTable(
  'operation_targets',
  {
    operationId: uuid('operation_id')
      .notNull()
      .references(() => specialOperations.id),
    personId: uuid('person_id').notNull(),
    linkedAt: utcTimestamp('linked_at').notNull(),
    linkedBy: uuid('linked_by'),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.personId] })],
);

export type OperationRow = typeof specialOperations.$inferSelect;
export type NewOperation = typeof specialOperations.$inferInsert;
