import { and, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { geoUnits } from '../units/units.tables.ts';
import { type GeometryLayer, geoGeometries } from './geometry.tables.ts';

export type GeometryRow = typeof geoGeometries.$inferSelect;

export const listGeometryRows = (db: Db, layers: GeometryLayer[]): Promise<GeometryRow[]> =>
  db.select().from(geoGeometries).where(inArray(geoGeometries.layer, layers));

/** Simplified map shapes of some codes of one layer. */
export const listMapGeometries = (db: Db, layer: GeometryLayer, codes?: string[]) =>
  db
    .select({ code: geoGeometries.code, mapGeometry: geoGeometries.mapGeometry })
    .from(geoGeometries)
    .where(and(eq(geoGeometries.layer, layer), codes ? inArray(geoGeometries.code, codes) : undefined));

/** The shared-boundary lines of the pairs a province belongs to (codes "a:b"). */
export const listPairLines = (
  db: Db,
  layer: 'province_pair_current' | 'province_pair_pre2025',
  code: string,
) =>
  db
    .select({ code: geoGeometries.code, mapGeometry: geoGeometries.mapGeometry })
    .from(geoGeometries)
    .where(and(eq(geoGeometries.layer, layer), like(geoGeometries.code, `%${code}%`)));

/** Each current commune with its current and pre-2025 province. */
export const listCommuneProvinces = (db: Db) =>
  db
    .select({
      code: geoUnits.code,
      provinceCode: geoUnits.provinceCode,
      pre2025ProvinceCode: geoUnits.pre2025ProvinceCode,
    })
    .from(geoUnits)
    .where(and(eq(geoUnits.structure, 'current'), eq(geoUnits.level, 'commune')));
