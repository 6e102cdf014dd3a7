import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytes, utcTimestamp } from '../../../db/columns.ts';
import { agreements } from '../agreements.tables.ts';

/**
 * The signed documents (PDF) attached to an agreement, kept in the database itself: no path on disk is ever built
 * from what a user sent. `sha256` is the hex digest of `content`, for integrity checks and duplicates.
 */
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: uuid('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytes('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: utcTimestamp('uploaded_at').notNull(),
  },
  (t) => [index('agreement_documents_agreement_idx').on(t.agreementId, t.uploadedAt)],
);
