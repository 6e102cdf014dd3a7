import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { agencyContacts } from '../agencies.tables.ts';

export type ContactRow = typeof agencyContacts.$inferSelect;
export type NewContact = typeof agencyContacts.$inferInsert;

const first = <T>(rows: T[]): T | undefined => rows[0];

export const listContactRows = (db: Db, agencyId: string): Promise<ContactRow[]> =>
  db
    .select()
    .from(agencyContacts)
    .where(eq(agencyContacts.agencyId, agencyId))
    .orderBy(asc(agencyContacts.kind), asc(agencyContacts.name));

/** A contact is only ever looked up under its agency: a contact of another agency reads as absent. */
export const findAgencyContact = (db: Db, agencyId: string, id: string): Promise<ContactRow | undefined> =>
  db
    .select()
    .from(agencyContacts)
    .where(and(eq(agencyContacts.id, id), eq(agencyContacts.agencyId, agencyId)))
    .then(first);

export const insertContact = (db: Db, contact: NewContact): Promise<ContactRow> =>
  db
    .insert(agencyContacts)
    .values(contact)
    .returning()
    .then((rows) => rows[0] as ContactRow);

/** Updates a contact only at the version the caller saw; undefined means someone changed it first. */
export const updateContactAtVersion = (
  db: Db,
  id: string,
  version: number,
  changes: Partial<NewContact>,
): Promise<ContactRow | undefined> =>
  db
    .update(agencyContacts)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(agencyContacts.id, id), eq(agencyContacts.version, version)))
    .returning()
    .then(first);

/** Deletes a contact only at the version the caller saw; undefined means someone changed it first. */
export const deleteContactAtVersion = (
  db: Db,
  id: string,
  version: number,
): Promise<ContactRow | undefined> =>
  db
    .delete(agencyContacts)
    .where(and(eq(agencyContacts.id, id), eq(agencyContacts.version, version)))
    .returning()
    .then(first);
