import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../../db/columns.ts';

/**
 * A force's watch on a person (one of the records it may see) or on a search (a name, optionally a birth year):
 * when any other force records or changes a matching person, the watching force is notified. A silent watch
 * (set by a commander) is not told to the owner of the matching record.
 */
export const personWatches = pgTable(
  'person_watches',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id'),
    name: text('name'),
    birthYear: integer('birth_year'),
    silent: boolean('silent').notNull().default(false),
    note: text('note'),
    createdAt: utcTimestamp('created_at').notNull(),
    createdBy: uuid('created_by'),
    endedAt: utcTimestamp('ended_at'),
    endedBy: uuid('ended_by'),
  },
  (t) => [
    index('person_watches_agency_idx').on(t.agencyId),
    index('person_watches_person_idx').on(t.personId),
  ],
);

export type PersonWatchRow = typeof personWatches.$inferSelect;
