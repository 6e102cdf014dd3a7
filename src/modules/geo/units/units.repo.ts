import { and, asc, count, eq, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import { geoUnitMappings, geoUnits, type Level, type Structure } from './units.tables.ts';

export type UnitRow = typeof geoUnits.$inferSelect;
export type MappingRow = typeof geoUnitMappings.$inferSelect;

export const findUnitRow = (db: Db, structure: Structure, code: string): Promise<UnitRow | undefined> =>
  db
    .select()
    .from(geoUnits)
    .where(and(eq(geoUnits.structure, structure), eq(geoUnits.code, code)))
    .then((rows) => rows[0]);

export const listUnitRowsByCodes = (db: Db, structure: Structure, codes: string[]): Promise<UnitRow[]> =>
  codes.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(geoUnits)
        .where(and(eq(geoUnits.structure, structure), inArray(geoUnits.code, codes)))
        .orderBy(asc(geoUnits.sortRank));

export type UnitFilter = {
  structure: Structure;
  level?: Level;
  province?: string;
  district?: string;
  folded?: string;
  includeHistorical: boolean;
};

const filterOf = (filter: UnitFilter): SQL | undefined =>
  and(
    eq(geoUnits.structure, filter.structure),
    filter.level ? eq(geoUnits.level, filter.level) : undefined,
    filter.province ? eq(geoUnits.provinceCode, filter.province) : undefined,
    filter.district ? eq(geoUnits.districtCode, filter.district) : undefined,
    filter.folded ? like(geoUnits.searchFolded, containsPattern(filter.folded)) : undefined,
    filter.includeHistorical
      ? undefined
      : or(isNull(geoUnits.validUntil), eq(geoUnits.validUntil, '2025-06-30')),
  );

/** One page of units in Vietnamese alphabetical order (the rank computed at load), with the total. */
export const listUnitRows = async (
  db: Db,
  filter: UnitFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: UnitRow[]; total: number }> => {
  const where = filterOf(filter);
  const rows = await db
    .select()
    .from(geoUnits)
    .where(where)
    .orderBy(asc(geoUnits.sortRank))
    .offset(page.offset)
    .limit(page.limit);
  const total = await db
    .select({ n: count() })
    .from(geoUnits)
    .where(where)
    .then((r) => r[0]?.n ?? 0);
  return { rows, total };
};

export const countChildren = (db: Db, unit: UnitRow): Promise<number> => {
  const column = unit.level === 'district' ? geoUnits.districtCode : geoUnits.provinceCode;
  const childLevel: Level =
    unit.structure === 'pre2025' && unit.level === 'province' ? 'district' : 'commune';
  return db
    .select({ n: count() })
    .from(geoUnits)
    .where(
      and(
        eq(geoUnits.structure, unit.structure),
        eq(column, unit.code),
        eq(geoUnits.level, childLevel),
        or(isNull(geoUnits.validUntil), eq(geoUnits.validUntil, '2025-06-30')),
      ),
    )
    .then((r) => r[0]?.n ?? 0);
};

/** Codes of the (still listed) communes of a pre-2025 district. */
export const listDistrictCommuneCodes = (db: Db, districtCode: string): Promise<string[]> =>
  db
    .select({ code: geoUnits.code })
    .from(geoUnits)
    .where(
      and(
        eq(geoUnits.structure, 'pre2025'),
        eq(geoUnits.level, 'commune'),
        eq(geoUnits.districtCode, districtCode),
      ),
    )
    .then((rows) => rows.map((r) => r.code));

export const listMappingsFrom = (db: Db, level: Level, oldCodes: string[]): Promise<MappingRow[]> =>
  oldCodes.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(geoUnitMappings)
        .where(and(eq(geoUnitMappings.level, level), inArray(geoUnitMappings.oldCode, oldCodes)));

export const listMappingsTo = (db: Db, levels: Level[], newCode: string): Promise<MappingRow[]> =>
  db
    .select()
    .from(geoUnitMappings)
    .where(and(inArray(geoUnitMappings.level, levels), eq(geoUnitMappings.newCode, newCode)));

export const hasAnyUnit = (db: Db): Promise<boolean> =>
  db
    .select({ code: geoUnits.code })
    .from(geoUnits)
    .limit(1)
    .then((rows) => rows.length > 0);
