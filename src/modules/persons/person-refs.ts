import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { type AccessLevel, accessRank, levelOfRank, type Viewer } from '../sharing/index.ts';
import { persons } from './persons.tables.ts';

/** A person named by another record (a case, a special operation), as the viewer may read that person. */
export type PersonRef = { id: string; level: AccessLevel; fullName: string | null; ownerAgencyId: string };

/**
 * The persons with these ids at the level the viewer reads each, in one query through the sharing policy: the
 * name only from `summary` up; a person the viewer may not read comes back at `none`, like one that does not exist.
 */
export const listPersonRefs = async (
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
): Promise<PersonRef[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: persons.id,
      fullName: persons.fullName,
      ownerAgencyId: persons.ownerAgencyId,
      rank: accessRank(viewer, persons, 'persons'),
    })
    .from(persons)
    .where(inArray(persons.id, [...new Set(ids)]));
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = found.get(id);
    const level = row ? levelOfRank(Number(row.rank)) : 'none';
    const named = level === 'summary' || level === 'full';
    return {
      id,
      level,
      fullName: named ? (row?.fullName ?? null) : null,
      ownerAgencyId: level === 'none' ? '' : (row?.ownerAgencyId ?? ''),
    };
  });
};
