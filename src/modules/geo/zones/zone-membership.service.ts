import type { Db } from '../../../db/connect.ts';
import { getGeometryCache } from '../geometry/geometry-cache.ts';
import { type LatLon, type Location, locatePoint } from '../geometry/locate.service.ts';
import { distanceToSegmentsKm } from '../geometry/planar.ts';
import type { UnitRow } from '../units/units.repo.ts';
import { getUnit, resolveUnit, type UnitRef } from '../units/units.service.ts';
import { beltAxis } from './zone-build.service.ts';
import { getZone, listZones, type Zone } from './zones.service.ts';

export type Membership = {
  inside: boolean;
  reason: 'member' | 'in_member_province' | 'resolved_member' | 'within_belt' | 'outside';
};

const OUTSIDE: Membership = { inside: false, reason: 'outside' };

const directMembership = (zone: Zone, unit: UnitRow): Membership => {
  const codes = new Set(zone.members.filter((m) => m.structure === unit.structure).map((m) => m.code));
  if (codes.has(unit.code)) return { inside: true, reason: 'member' };
  const parents = [unit.provinceCode, unit.districtCode].filter((c): c is string => Boolean(c));
  if (zone.kind === 'units' && unit.structure === zone.structure && parents.some((c) => codes.has(c))) {
    return { inside: true, reason: 'in_member_province' };
  }
  return OUTSIDE;
};

/** Why (or whether) a unit lies in a zone: a member, inside a member province or district, or through the mapping. */
export const checkUnitInZone = async (db: Db, zoneId: string, ref: UnitRef): Promise<Membership> => {
  const zone = await getZone(db, zoneId);
  const unit = await getUnit(db, ref, 'code');
  const direct = directMembership(zone, unit);
  if (direct.inside) return direct;
  const other = unit.structure === 'current' ? 'pre2025' : 'current';
  const resolved = await resolveUnit(db, ref, other);
  return resolved.some((r) => directMembership(zone, r.unit).inside)
    ? { inside: true, reason: 'resolved_member' }
    : OUTSIDE;
};

/** Whether a unit (of either structure) lies in a zone. */
export const isUnitInZone = async (db: Db, zoneId: string, ref: UnitRef): Promise<boolean> =>
  (await checkUnitInZone(db, zoneId, ref)).inside;

/** Why (or whether) a located point lies in a zone: through the units it falls in, or within the belt of a belt zone. */
const pointMembership = async (db: Db, zone: Zone, location: Location): Promise<Membership> => {
  const point = { lat: location.lat, lon: location.lon };
  if (zone.kind === 'belt') {
    const side = zone.structure === 'current' ? location.province : location.pre2025Province;
    if (!side || !zone.provinces.includes(side.code) || zone.beltKm === null) return OUTSIDE;
    await getGeometryCache(db);
    const km = distanceToSegmentsKm(point.lon, point.lat, await beltAxis(db, zone.structure, zone.provinces));
    return km <= zone.beltKm ? { inside: true, reason: 'within_belt' } : OUTSIDE;
  }
  if (location.foreignUnit) {
    const code = location.foreignUnit.code;
    return zone.members.some((m) => m.code === code && m.level === 'foreign')
      ? { inside: true, reason: 'member' }
      : OUTSIDE;
  }
  const places = [location.commune, location.province, location.pre2025Province].filter(
    (u): u is UnitRow => u !== null,
  );
  for (const unit of places) {
    const found = directMembership(zone, unit);
    if (found.inside) return found;
  }
  if (location.commune && zone.structure === 'pre2025') {
    const old = await resolveUnit(db, location.commune, 'pre2025');
    if (old.some((r) => directMembership(zone, r.unit).inside))
      return { inside: true, reason: 'resolved_member' };
  }
  return OUTSIDE;
};

/** Why (or whether) a point lies in a zone: through the units it falls in, or within the belt of a belt zone. */
export const checkPointInZone = async (db: Db, zoneId: string, point: LatLon): Promise<Membership> =>
  pointMembership(db, await getZone(db, zoneId), await locatePoint(db, point));

/** The ids of every border zone a located point lies in (sorted): what a shared record placed at that point stores. */
export const listZonesContainingPoint = async (db: Db, location: Location): Promise<string[]> => {
  const inside: string[] = [];
  for (const zone of await listZones(db, {})) {
    if ((await pointMembership(db, zone, location)).inside) inside.push(zone.id);
  }
  return inside.sort();
};

/** Whether a point lies in a zone. */
export const isPointInZone = async (db: Db, zoneId: string, point: LatLon): Promise<boolean> =>
  (await checkPointInZone(db, zoneId, point)).inside;

/** The ids of every border zone a unit lies in (sorted): what a shared record placed in that unit stores. */
export const listZonesContainingUnit = async (db: Db, ref: UnitRef): Promise<string[]> => {
  const zones = await listZones(db, {});
  const inside: string[] = [];
  for (const zone of zones) {
    if ((await checkUnitInZone(db, zone.id, ref)).inside) inside.push(zone.id);
  }
  return inside.sort();
};
