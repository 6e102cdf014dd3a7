import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from './connect.ts';

/**
 * Counts of a value over the rows `from` that `where` selects, most frequent first (ties by value), nulls left out:
 * the facets of a list, counted in the database over exactly the list's own condition (its visibility included).
 */
export const facetOf = (db: Db, value: SQL, from: SQL, where: SQL | undefined) =>
  queryRows<{ value: string | null; count: number | string }>(
    db,
    sql`select ${value} as value, count(*) as count from ${from} where ${where ?? sql`true`} group by 1 order by 2 desc, 1`,
  ).then((groups) =>
    groups.flatMap((g) => (g.value === null ? [] : [{ value: String(g.value), count: Number(g.count) }])),
  );
