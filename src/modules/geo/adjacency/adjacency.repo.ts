import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import type { Structure } from '../units/units.tables.ts';
import {
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoProvinceNeighbours,
} from './adjacency.tables.ts';

export type ForeignUnitRow = typeof geoForeignUnits.$inferSelect;
export type CommuneNeighbourRow = typeof geoCommuneNeighbours.$inferSelect;

export const listProvinceNeighbourRows = (db: Db, structure: Structure, code: string) =>
  db
    .select()
    .from(geoProvinceNeighbours)
    .where(and(eq(geoProvinceNeighbours.structure, structure), eq(geoProvinceNeighbours.provinceCode, code)));

export const listCommuneNeighbourRows = (db: Db, codes: string[]): Promise<CommuneNeighbourRow[]> =>
  codes.length === 0
    ? Promise.resolve([])
    : db.select().from(geoCommuneNeighbours).where(inArray(geoCommuneNeighbours.communeCode, codes));

/** Foreign admin-1 units on the border of a unit, joined with their names. */
export const listForeignBorderRows = (
  db: Db,
  structure: Structure,
  level: 'province' | 'commune',
  codes: string[],
) =>
  codes.length === 0
    ? Promise.resolve([])
    : db
        .select({
          unitCode: geoForeignBorders.unitCode,
          approxBorderKm: geoForeignBorders.approxBorderKm,
          foreign: geoForeignUnits,
        })
        .from(geoForeignBorders)
        .innerJoin(geoForeignUnits, eq(geoForeignUnits.code, geoForeignBorders.foreignCode))
        .where(
          and(
            eq(geoForeignBorders.structure, structure),
            eq(geoForeignBorders.level, level),
            inArray(geoForeignBorders.unitCode, codes),
          ),
        )
        .orderBy(asc(geoForeignBorders.foreignCode));

export const findForeignUnitRow = (db: Db, code: string): Promise<ForeignUnitRow | undefined> =>
  db
    .select()
    .from(geoForeignUnits)
    .where(eq(geoForeignUnits.code, code))
    .then((rows) => rows[0]);

export const listForeignUnitRows = (db: Db): Promise<ForeignUnitRow[]> =>
  db.select().from(geoForeignUnits).orderBy(asc(geoForeignUnits.code));

/** Current communes of a province with a neighbour in the other province. */
export const listInterprovincialCommunes = (db: Db, communeCodesOfA: string[], communeCodesOfB: string[]) =>
  communeCodesOfA.length === 0 || communeCodesOfB.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(geoCommuneNeighbours)
        .where(
          and(
            inArray(geoCommuneNeighbours.communeCode, communeCodesOfA),
            inArray(geoCommuneNeighbours.neighbourCode, communeCodesOfB),
          ),
        );
