import type { Db } from '../../../db/connect.ts';
import type { UnitRow } from '../units/units.repo.ts';
import { listUnitRowsByCodes } from '../units/units.repo.ts';
import type { Structure } from '../units/units.tables.ts';
import {
  type ForeignUnitRow,
  findForeignUnitRow,
  listCommuneNeighbourRows,
  listForeignBorderRows,
  listProvinceNeighbourRows,
} from './adjacency.repo.ts';

export type { ForeignUnitRow };
export type UnitNeighbour = { unit: UnitRow; sharedBorderKm: number };
export type ForeignNeighbour = { foreign: ForeignUnitRow; approxBorderKm: number };
export type Neighbours = { units: UnitNeighbour[]; foreign: ForeignNeighbour[] };

/** Whether two provinces of a structure share a border (pairs under 0.5 km are not counted, as in the data). */
export const areProvincesAdjacent = async (
  db: Db,
  structure: Structure,
  codeA: string,
  codeB: string,
): Promise<boolean> =>
  (await listProvinceNeighbourRows(db, structure, codeA)).some((n) => n.neighbourCode === codeB);

/** A province's neighbouring provinces (with shared km) and the foreign admin-1 units on its land border. */
export const listProvinceNeighbours = async (
  db: Db,
  structure: Structure,
  code: string,
): Promise<Neighbours> => {
  const rows = await listProvinceNeighbourRows(db, structure, code);
  const km = new Map(rows.map((r) => [r.neighbourCode, r.sharedBorderKm]));
  const units = await listUnitRowsByCodes(db, structure, [...km.keys()]);
  const foreign = await listForeignBorderRows(db, structure, 'province', [code]);
  return {
    units: units.map((unit) => ({ unit, sharedBorderKm: km.get(unit.code) ?? 0 })),
    foreign: foreign.map((f) => ({ foreign: f.foreign, approxBorderKm: f.approxBorderKm })),
  };
};

/** A current commune's neighbouring communes (with shared km, across provinces too) and foreign units on its border. */
export const listCommuneNeighbours = async (db: Db, code: string): Promise<Neighbours> => {
  const rows = await listCommuneNeighbourRows(db, [code]);
  const km = new Map(rows.map((r) => [r.neighbourCode, r.sharedKm]));
  const units = await listUnitRowsByCodes(db, 'current', [...km.keys()]);
  const foreign = await listForeignBorderRows(db, 'current', 'commune', [code]);
  return {
    units: units.map((unit) => ({ unit, sharedBorderKm: km.get(unit.code) ?? 0 })),
    foreign: foreign.map((f) => ({ foreign: f.foreign, approxBorderKm: f.approxBorderKm })),
  };
};

/** The neighbours a unit page shows: provinces for a province, communes for a current commune, none otherwise. */
export const listUnitNeighbours = (db: Db, unit: UnitRow): Promise<Neighbours> => {
  if (unit.level === 'province') {
    return listProvinceNeighbours(db, unit.structure, unit.code);
  }
  if (unit.structure === 'current' && unit.level === 'commune') {
    return listCommuneNeighbours(db, unit.code);
  }
  return Promise.resolve({ units: [], foreign: [] });
};

/** A neighbouring country's admin-1 unit by ISO 3166-2 code (e.g. `LA-XE`, Sekong), or undefined. */
export const findForeignUnit = (db: Db, code: string): Promise<ForeignUnitRow | undefined> =>
  findForeignUnitRow(db, code);
