import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytes, utcTimestamp } from '../../../db/columns.ts';
import { persons } from '../persons.tables.ts';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** A person's photo, at most one per record: the bytes as uploaded, their type checked against their content. */
export const personPhotos = pgTable('person_photos', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id),
  contentType: text('content_type', { enum: PHOTO_TYPES }).notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytes('content').notNull(),
  uploadedAt: utcTimestamp('uploaded_at').notNull(),
  uploadedBy: uuid('uploaded_by'),
});

export type PersonPhotoRow = typeof personPhotos.$inferSelect;
