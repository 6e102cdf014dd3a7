import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../db/columns.ts';
import { SHARED_RECORD_KINDS, SHARING_LEVELS } from './levels.ts';

/**
 * Explicit shares of one record with one agency (RELIABILITY.md b4): at a level, for a purpose, until an optional
 * expiry, until revoked. A share granted by an agency other than the owner is a forward; `forwarded_from_id` names
 * the share that let it forward, and revoking that share revokes the forward with it. Rows are never deleted.
 */
export const recordShares = pgTable(
  'record_shares',
  {
    id: uuid('id').primaryKey(),
    recordKind: text('record_kind', { enum: SHARED_RECORD_KINDS }).notNull(),
    recordId: uuid('record_id').notNull(),
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    recipientAgencyId: uuid('recipient_agency_id').notNull(),
    level: text('level', { enum: SHARING_LEVELS }).notNull(),
    purpose: text('purpose').notNull(),
    grantedByAgencyId: uuid('granted_by_agency_id').notNull(),
    grantedBy: uuid('granted_by'),
    grantedAt: utcTimestamp('granted_at').notNull(),
    expiresAt: utcTimestamp('expires_at'),
    forwardedFromId: uuid('forwarded_from_id'),
    revokedAt: utcTimestamp('revoked_at'),
    revokedBy: uuid('revoked_by'),
    revocationReason: text('revocation_reason'),
  },
  (t) => [
    index('record_shares_recipient_idx').on(t.recordId, t.recipientAgencyId),
    index('record_shares_record_idx').on(t.recordKind, t.recordId),
  ],
);
