import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../../db/columns.ts';

/** One row per load of the reference folder: where from, the file checksums (its identity), counts and timing. */
export const geoRefdataLoads = pgTable('geo_refdata_loads', {
  id: uuid('id').primaryKey(),
  sourceDir: text('source_dir').notNull(),
  fingerprint: text('fingerprint').notNull(),
  files: jsonb('files').$type<Record<string, string>>().notNull(),
  counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  dataAsOf: text('data_as_of'),
  loadedAt: utcTimestamp('loaded_at').notNull(),
  durationMs: integer('duration_ms').notNull(),
});
