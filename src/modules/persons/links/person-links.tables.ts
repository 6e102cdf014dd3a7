import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { utcTimestamp } from '../../../db/columns.ts';
import { persons } from '../persons.tables.ts';

/** What the linked person is to the person: "B is A's supplier" is the link A → B of kind `supplier`. */
export const PERSON_LINK_KINDS = [
  'relative',
  'partner',
  'associate',
  'accomplice',
  'organiser',
  'supplier',
  'customer',
  'courier',
  'other',
] as const;
export type PersonLinkKind = (typeof PERSON_LINK_KINDS)[number];

/**
 * A link between two persons, recorded by the agency that owns the first (`person_id`): it is part of that record
 * and is read with it. The second may be any record the recording user could see, of any agency. A removed link
 * keeps its row (who removed it, when, why) so that the person's history stays whole.
 */
export const personLinks = pgTable(
  'person_links',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    linkedPersonId: uuid('linked_person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: PERSON_LINK_KINDS }).notNull(),
    note: text('note'),
    ownerAgencyId: uuid('owner_agency_id').notNull(),
    createdAt: utcTimestamp('created_at').notNull(),
    createdBy: uuid('created_by'),
    removedAt: utcTimestamp('removed_at'),
    removedBy: uuid('removed_by'),
    removalReason: text('removal_reason'),
  },
  (t) => [
    index('person_links_person_idx').on(t.personId),
    index('person_links_linked_idx').on(t.linkedPersonId),
    uniqueIndex('person_links_active_key')
      .on(t.personId, t.linkedPersonId, t.kind)
      .where(sql`removed_at is null`),
  ],
);

export type PersonLinkRow = typeof personLinks.$inferSelect;
