import type { Db } from '../../db/connect.ts';
import { AppError } from '../../http/problem.ts';
import { type LatLon, listZonesContainingPoint, locatePoint, structureAt } from '../geo/index.ts';
import type { NewHotspot } from './hotspots.tables.ts';

/** The columns of a hotspot that follow from its point and the day it was reported. */
export type HotspotPlace = Pick<
  NewHotspot,
  | 'lat'
  | 'lon'
  | 'unitStructure'
  | 'unitCode'
  | 'provinceCode'
  | 'communeCode'
  | 'pre2025ProvinceCode'
  | 'distanceToProvincialBoundaryM'
  | 'nearestProvinceCode'
  | 'distanceToNationalBorderM'
  | 'nationalBorderCountry'
  | 'zoneIds'
>;

const metres = (km: number | null): number | null => (km === null ? null : Math.round(km * 1000));

const outsideCountry = (point: LatLon) => {
  const message = `(${point.lat}, ${point.lon}) lies outside Vietnam`;
  return new AppError('point_outside_country', message, {
    errors: [
      { path: 'lat', code: 'point_outside_country', message },
      { path: 'lon', code: 'point_outside_country', message },
    ],
  });
};

/**
 * Places a point reported on a day: the units holding it, its distances to the nearest provincial boundary and to
 * the national border, and the border zones it lies in. A point in a neighbouring country is 422
 * `point_outside_country`; one in the sea or beyond the neighbours is 422 `point_outside_coverage` (from geo).
 */
export const placeHotspot = async (db: Db, point: LatLon, reportedOn: string): Promise<HotspotPlace> => {
  const location = await locatePoint(db, point);
  if (!location.inVietnam || !location.province) throw outsideCountry(point);
  const structure = structureAt(new Date(`${reportedOn}T12:00:00+07:00`));
  const atTheTime = structure === 'pre2025' ? location.pre2025Province : location.commune;
  const unit = atTheTime ?? location.commune ?? location.province;
  return {
    lat: point.lat,
    lon: point.lon,
    unitStructure: unit.structure,
    unitCode: unit.code,
    provinceCode: location.province.code,
    communeCode: location.commune?.code ?? null,
    pre2025ProvinceCode: location.pre2025Province?.code ?? null,
    distanceToProvincialBoundaryM: metres(location.distanceToProvincialBoundaryKm),
    nearestProvinceCode: location.nearestProvince?.code ?? null,
    distanceToNationalBorderM: metres(location.distanceToNationalBorderKm),
    nationalBorderCountry: location.nationalBorderCountry,
    zoneIds: await listZonesContainingPoint(db, location),
  };
};
