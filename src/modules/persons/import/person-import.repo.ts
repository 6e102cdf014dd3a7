import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { type PersonRow, persons } from '../persons.tables.ts';

/** The persons an agency holds under any of these references of its own, by reference: one query per batch. */
export const mapPersonsByExternalRef = async (
  db: Db,
  ownerAgencyId: string,
  externalRefs: string[],
): Promise<Map<string, PersonRow>> => {
  if (externalRefs.length === 0) return new Map();
  const rows = await db
    .select()
    .from(persons)
    .where(and(eq(persons.ownerAgencyId, ownerAgencyId), inArray(persons.externalRef, externalRefs)));
  return new Map(rows.flatMap((row) => (row.externalRef === null ? [] : [[row.externalRef, row]])));
};
