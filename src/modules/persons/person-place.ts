import type { Db } from '../../db/connect.ts';
import { getUnit, listZonesContainingUnit, resolveUnit, type UnitRef } from '../geo/index.ts';
import type { PersonAddress } from './persons.tables.ts';

/** Where the sharing policy places a person: the current address, else the permanent one, else nowhere. */
export type PersonPlace = { provinceCode: string | null; zoneIds: string[] };

const NOWHERE: PersonPlace = { provinceCode: null, zoneIds: [] };

/**
 * Checks every address's unit (422 `unknown_unit` naming `addresses.N.unitCode`) and finds the place: the province of
 * the current structure it lies in (through the old→new mapping for a pre-2025 unit) and the border zones holding it.
 */
export const placeAddresses = async (db: Db, addresses: readonly PersonAddress[]): Promise<PersonPlace> => {
  for (const [index, address] of addresses.entries()) {
    await getUnit(
      db,
      { structure: address.structure, code: address.unitCode },
      `addresses.${index}.unitCode`,
    );
  }
  const chosen = addresses.find((a) => a.kind === 'current') ?? addresses.find((a) => a.kind === 'permanent');
  if (!chosen) return NOWHERE;
  const ref: UnitRef = { structure: chosen.structure, code: chosen.unitCode };
  const [current] = await resolveUnit(db, ref, 'current');
  const provinceCode = current ? (current.unit.provinceCode ?? current.unit.code) : null;
  return { provinceCode, zoneIds: await listZonesContainingUnit(db, ref) };
};
