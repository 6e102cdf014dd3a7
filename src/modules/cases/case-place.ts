import type { Db } from '../../db/connect.ts';
import { getUnit, listZonesContainingUnit, resolveUnit, type UnitRef } from '../geo/index.ts';
import type { PlaceInput } from './cases.schemas.ts';

/** Where the sharing policy places a case: the current-structure province and the border zones of its unit. */
export type CasePlace = { provinceCode: string | null; zoneIds: string[] };

/**
 * Checks the place's unit (422 `unknown_unit` naming `place.unitCode`) and finds the province of the current
 * structure it lies in (through the old→new mapping for a pre-2025 unit) and the border zones holding it.
 */
export const placeCase = async (db: Db, place: PlaceInput): Promise<CasePlace> => {
  const ref: UnitRef = { structure: place.structure, code: place.unitCode };
  await getUnit(db, ref, 'place.unitCode');
  const [current] = await resolveUnit(db, ref, 'current');
  const provinceCode = current ? (current.unit.provinceCode ?? current.unit.code) : null;
  return { provinceCode, zoneIds: await listZonesContainingUnit(db, ref) };
};
