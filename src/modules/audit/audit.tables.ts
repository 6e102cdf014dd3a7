import { bigint, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../db/columns.ts';

/** Append-only, hash-chained audit log (RELIABILITY.md b7). A trigger refuses UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull(),
    ts: utcTimestamp('ts').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorAgencyId: uuid('actor_agency_id'),
    actorRoles: text('actor_roles').array().notNull(),
    authMethod: text('auth_method'),
    sessionHash: text('session_hash'),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectIds: text('object_ids').array().notNull(),
    objectOwnerAgencyId: uuid('object_owner_agency_id'),
    objectLevel: text('object_level'),
    handlingCode: text('handling_code'),
    outcome: text('outcome', { enum: ['allow', 'deny', 'error'] }).notNull(),
    policyRuleId: text('policy_rule_id'),
    receivingAgencyId: uuid('receiving_agency_id'),
    recordsReturned: integer('records_returned'),
    justification: text('justification'),
    detail: text('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_actor_agency_idx').on(t.actorAgencyId, t.ts),
    index('audit_events_objects_idx').using('gin', t.objectIds),
  ],
);

/** The head of the chain (one row): the last sequence number and hash, so a cut tail is detected too. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
