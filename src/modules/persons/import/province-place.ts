import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { getUnit, listZonesContainingUnit, type UnitRef } from '../../geo/index.ts';
import type { PersonAddress } from '../persons.tables.ts';

/** The place columns of a person recorded in a province: its current address there, the province, its zones. */
export type ProvincePlace = { addresses: PersonAddress[]; provinceCode: string | null; zoneIds: string[] };

const NOWHERE: ProvincePlace = { addresses: [], provinceCode: null, zoneIds: [] };

const findProvincePlace = async (db: Db, code: string): Promise<ProvincePlace> => {
  const ref: UnitRef = { structure: 'current', code };
  const unit = await getUnit(db, ref, 'provinceCode');
  if (unit.level !== 'province') {
    const message = `${code} is a ${unit.level}, not a province of the current structure`;
    throw new AppError('unknown_unit', message, {
      errors: [{ path: 'provinceCode', code: 'unknown_unit', message }],
    });
  }
  return {
    addresses: [{ kind: 'current', structure: 'current', unitCode: unit.code }],
    provinceCode: unit.code,
    zoneIds: await listZonesContainingUnit(db, ref),
  };
};

/**
 * The place of each `provinceCode` of one import, looked up once per run (the zones lookup walks every zone):
 * found places and refusals are kept, anything else (a database error) is not, so a later line asks again.
 */
export const createProvincePlaces = () => {
  const known = new Map<string, ProvincePlace | AppError>();
  return async (db: Db, code: string | null): Promise<ProvincePlace> => {
    if (code === null) return NOWHERE;
    let place = known.get(code);
    if (place === undefined) {
      try {
        place = await findProvincePlace(db, code);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        place = error;
      }
      known.set(code, place);
    }
    if (place instanceof AppError) throw place;
    return place;
  };
};
