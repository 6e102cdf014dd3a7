export type {
  ForeignNeighbour,
  ForeignUnitRow,
  Neighbours,
  UnitNeighbour,
} from './adjacency/adjacency.service.ts';
export {
  areProvincesAdjacent,
  findForeignUnit,
  listProvinceNeighbours,
} from './adjacency/adjacency.service.ts';
export { geoRoutes } from './geo.routes.ts';
export { type LatLon, type Location, locatePoint } from './geometry/locate.service.ts';
export {
  describeRefDataStartup,
  ensureRefData,
  hasRefDataFolder,
  type LoadResult,
  loadRefData,
  type RefDataStartup,
} from './refdata/refdata-load.service.ts';
export { findRefDataLoad } from './refdata/refdata-status.service.ts';
export {
  findUnit,
  findUnitsByCodes,
  getUnit,
  type ResolvedUnit,
  resolveUnit,
  structureAt,
  type UnitRef,
  type UnitRow,
} from './units/units.service.ts';
export type { Level, Structure } from './units/units.tables.ts';
export {
  isPointInZone,
  isUnitInZone,
  listZonesContainingPoint,
  listZonesContainingUnit,
} from './zones/zone-membership.service.ts';
export type { CreateZoneBody } from './zones/zones.schemas.ts';
/** Builds and stores a border zone (units, border communes or a belt), for callers outside a request such as the demo seed. */
export { createZone, getZone, listZones, type Zone } from './zones/zones.service.ts';
