// Many rows in one INSERT with one parameter: the rows as a JSON array that PostgreSQL expands into the table's row
// type. Building a statement with thousands of parameters costs more than the database's work on them.
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './connect.ts';

const ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts rows (Drizzle's insert shape: property names, Dates, arrays, JSON values) with
 * `json_populate_recordset`; a property left out of every row takes its column's default. Rows are grouped by the
 * properties they set, so a property set in some rows only never writes NULL over a default in the others.
 */
export const insertRowsAsJson = async <T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> => {
  const columns = getTableColumns(table);
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
      const column = columns[key];
      if (column && value !== undefined) record[column.name] = value;
    }
    const signature = Object.keys(record).sort().join(',');
    groups.get(signature)?.push(record) ?? groups.set(signature, [record]);
  }
  const name = getTableName(table);
  for (const [signature, records] of groups) {
    const list = sql.raw(
      signature
        .split(',')
        .map((column) => `"${column}"`)
        .join(', '),
    );
    for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
      const json = JSON.stringify(records.slice(start, start + ROWS_PER_STATEMENT));
      await db.execute(
        sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(name)}, ${json}::json)`,
      );
    }
  }
};
