import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { accessRank, levelOfRank, type Viewer } from '../sharing/index.ts';
import { persons } from './persons.tables.ts';

/** A person as another record may name them: the level the viewer reads the person at, and the name from summary up. */
export type PersonLabel = { id: string; level: 'pointer' | 'summary' | 'full'; fullName: string | null };

/**
 * The persons with these ids that the viewer may see at all (pointer or more), through the sharing policy in the
 * query: for records that link persons (hotspots, cases) to name only whom the viewer may know about.
 */
export const listPersonLabels = async (
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
): Promise<PersonLabel[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: persons.id, fullName: persons.fullName, rank: accessRank(viewer, persons, 'persons') })
    .from(persons)
    .where(inArray(persons.id, [...new Set(ids)]));
  return rows.flatMap((row) => {
    const level = levelOfRank(Number(row.rank));
    if (level === 'none') return [];
    return [{ id: row.id, level, fullName: level === 'pointer' ? null : row.fullName }];
  });
};
