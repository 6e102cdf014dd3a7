import { desc, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/connect.ts';
import {
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoProvinceNeighbours,
} from '../adjacency/adjacency.tables.ts';
import { geoGeometries } from '../geometry/geometry.tables.ts';
import { geoUnitMappings, geoUnits } from '../units/units.tables.ts';
import { geoRefdataLoads } from './refdata.tables.ts';

export type RefdataLoadRow = typeof geoRefdataLoads.$inferSelect;
export type NewRefdataLoad = typeof geoRefdataLoads.$inferInsert;

/** Every table a load replaces; zones are the users' own data and are never touched. */
export const REFERENCE_TABLES = [
  geoUnits,
  geoUnitMappings,
  geoProvinceNeighbours,
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoGeometries,
] as const;

/** Rows per statement; each chunk travels as one JSON parameter. */
const CHUNK_BYTES = 4_000_000;

const toColumnRecord = (table: PgTable, row: Record<string, unknown>): Record<string, unknown> => {
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    record[column.name] = value === undefined ? (column.hasDefault ? column.default : null) : value;
  }
  return record;
};

/**
 * Inserts many rows fast: each chunk is sent as one JSON parameter and expanded by json_populate_recordset, which is
 * many times quicker on PGlite than a statement with thousands of bound parameters. Raw SQL because the builder has no
 * bulk-from-JSON form.
 */
export const insertInChunks = async <T extends Record<string, unknown>>(
  db: Db,
  table: PgTable,
  rows: T[],
): Promise<void> => {
  const name = sql.identifier(getTableName(table));
  let chunk: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length > 0) {
      const json = `[${chunk.join(',')}]`;
      await db.execute(
        sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${json}::json)`,
      );
    }
    chunk = [];
    bytes = 0;
  };
  for (const row of rows) {
    const text = JSON.stringify(toColumnRecord(table, row));
    chunk.push(text);
    bytes += text.length;
    if (bytes >= CHUNK_BYTES) {
      await flush();
    }
  }
  await flush();
};

export const deleteReferenceRows = async (db: Db): Promise<void> => {
  for (const table of REFERENCE_TABLES) {
    await db.delete(table);
  }
};

export const findLatestLoad = (db: Db): Promise<RefdataLoadRow | undefined> =>
  db
    .select()
    .from(geoRefdataLoads)
    .orderBy(desc(geoRefdataLoads.loadedAt), desc(geoRefdataLoads.id))
    .limit(1)
    .then((rows) => rows[0]);

export const insertLoad = (db: Db, load: NewRefdataLoad) => db.insert(geoRefdataLoads).values(load);
