// The agreements module's door to the geo and agencies modules for zones: a zone must lie within the parties' lands.
import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { listAgencyUnitsOn } from '../../agencies/index.ts';
import { findUnitsByCodes, listZones, type Zone } from '../../geo/index.ts';
import { refuse } from '../agreements.service.ts';

const unitsCoveredBy = async (db: Db, agencyIds: readonly string[], day: string, zone: Zone) => {
  const covered = new Set<string>();
  for (const agencyId of agencyIds) {
    for (const unit of await listAgencyUnitsOn(db, agencyId, day, zone.structure)) {
      covered.add(unit.unitCode);
    }
  }
  return covered;
};

/** Whether every member unit (and every province of a belt) of a zone lies in a unit that a party covers on a day. */
const isZoneWithin = async (db: Db, zone: Zone, agencyIds: readonly string[], day: string) => {
  const covered = await unitsCoveredBy(db, agencyIds, day, zone);
  if (zone.provinces.some((code) => !covered.has(code))) {
    return false;
  }
  const codes = [...new Set(zone.members.filter((m) => m.level !== 'foreign').map((m) => m.code))];
  const units = new Map((await findUnitsByCodes(db, zone.structure, codes)).map((u) => [u.code, u]));
  const isCovered = (code: string) => {
    const unit = units.get(code);
    const places = [code, unit?.provinceCode, unit?.districtCode];
    return places.some((place) => place !== null && place !== undefined && covered.has(place));
  };
  return zone.members.every((member) => isCovered(member.code));
};

/**
 * Refuses zone ids that name no zone (422 `unknown_zone`) or a zone reaching outside the jurisdictions the parties
 * hold on `day` (422 `zone_outside_parties`), naming the field at fault.
 */
export const checkZonesWithinParties = async (
  db: Db,
  input: { zoneIds: readonly string[]; agencyIds: readonly string[]; day: string },
): Promise<void> => {
  if (input.zoneIds.length === 0) {
    return;
  }
  const zones = new Map((await listZones(db, {})).map((zone) => [zone.id, zone]));
  for (const [index, zoneId] of input.zoneIds.entries()) {
    const zone = zones.get(zoneId);
    const path = `zoneIds.${index}`;
    if (!zone) {
      refuse({ path, code: 'unknown_zone', message: 'no such border zone' });
    } else if (!(await isZoneWithin(db, zone, input.agencyIds, input.day))) {
      throw new AppError('zone_outside_parties', 'The zone reaches outside the parties’ jurisdictions', {
        errors: [{ path, code: 'zone_outside_parties', message: 'outside the parties’ jurisdictions' }],
      });
    }
  }
};
