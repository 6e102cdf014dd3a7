import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { type ForeignUnitRow, listForeignUnitRows } from '../adjacency/adjacency.repo.ts';
import type { Country } from '../adjacency/adjacency.tables.ts';
import { findUnitRow, type UnitRow } from '../units/units.repo.ts';
import type { Structure } from '../units/units.tables.ts';
import { type GeometryCache, getGeometryCache, type Shape } from './geometry-cache.ts';
import { distanceToSegmentsKm, isNearBbox, roundKm } from './planar.ts';

export type LatLon = { lat: number; lon: number };

export type Location = LatLon & {
  inVietnam: boolean;
  province: UnitRow | null;
  pre2025Province: UnitRow | null;
  commune: UnitRow | null;
  distanceToProvincialBoundaryKm: number | null;
  nearestProvince: UnitRow | null;
  pre2025DistanceToProvincialBoundaryKm: number | null;
  distanceToNationalBorderKm: number | null;
  nationalBorderCountry: Country | null;
  foreignUnit: ForeignUnitRow | null;
  nearestForeignUnit: ForeignUnitRow & { distanceKm: number };
};

/** The shape containing a point: bbox prefilter, then an exact point-in-polygon test. */
export const findContaining = <S extends Shape>(shapes: S[], { lat, lon }: LatLon): S | undefined =>
  shapes.find((s) => isNearBbox(lon, lat, s.bbox) && booleanPointInPolygon([lon, lat], s.geometry));

/** The nearest shared boundary of a province with any neighbour: distance and the province across it. */
export const nearestProvincialBoundary = (
  cache: GeometryCache,
  structure: Structure,
  provinceCode: string,
  { lat, lon }: LatLon,
): { km: number; neighbourCode: string } | null => {
  let best: { km: number; neighbourCode: string } | null = null;
  for (const [pair, segments] of cache.pairLines[structure]) {
    const [a, b] = pair.split(':');
    if (a !== provinceCode && b !== provinceCode) continue;
    const km = distanceToSegmentsKm(lon, lat, segments);
    if (!best || km < best.km) {
      best = { km, neighbourCode: (a === provinceCode ? b : a) ?? '' };
    }
  }
  return best;
};

const nearestNationalBorder = (cache: GeometryCache, { lat, lon }: LatLon) => {
  let best: { km: number; country: Country } | null = null;
  for (const [country, segments] of cache.nationalBorder) {
    const km = distanceToSegmentsKm(lon, lat, segments);
    if (!best || km < best.km) best = { km, country };
  }
  return best;
};

const nearestForeign = (cache: GeometryCache, point: LatLon, inside: string | undefined) => {
  let best = { code: inside ?? '', km: inside ? 0 : Infinity };
  for (const shape of inside ? [] : cache.foreign) {
    const km = distanceToSegmentsKm(point.lon, point.lat, shape.boundary);
    if (km < best.km) best = { code: shape.code, km };
  }
  return best;
};

const outside = (point: LatLon): AppError => {
  const message = `(${point.lat}, ${point.lon}) is outside Vietnam and its neighbours' border provinces`;
  return new AppError('point_outside_coverage', message, {
    errors: [
      { path: 'lat', code: 'point_outside_coverage', message },
      { path: 'lon', code: 'point_outside_coverage', message },
    ],
  });
};

const unitOrNull = async (db: Db, structure: Structure, code: string | undefined): Promise<UnitRow | null> =>
  code ? ((await findUnitRow(db, structure, code)) ?? null) : null;

/**
 * Where a point lies: its current and pre-2025 province and current commune, how far it is from the nearest
 * provincial boundary and from the land border, and the nearest foreign admin-1 unit. 422 `point_outside_coverage`
 * (fields `lat`, `lon`) for a point neither in Vietnam nor in a neighbouring admin-1 unit.
 */
export const locatePoint = async (db: Db, point: LatLon): Promise<Location> => {
  const cache = await getGeometryCache(db);
  const province = findContaining(cache.provinces.current, point);
  const foreignShape = province ? undefined : findContaining(cache.foreign, point);
  if (!province && !foreignShape) {
    throw outside(point);
  }
  const pre2025 = province ? findContaining(cache.provinces.pre2025, point) : undefined;
  const commune = province ? findContaining(cache.communes, point) : undefined;
  const boundary = province ? nearestProvincialBoundary(cache, 'current', province.code, point) : null;
  const oldBoundary = pre2025 ? nearestProvincialBoundary(cache, 'pre2025', pre2025.code, point) : null;
  const border = nearestNationalBorder(cache, point);
  const nearest = nearestForeign(cache, point, foreignShape?.code);
  const foreignUnits = new Map((await listForeignUnitRows(db)).map((f) => [f.code, f]));
  const nearestUnit = foreignUnits.get(nearest.code);
  if (!nearestUnit) {
    throw new AppError('refdata_unavailable', 'Foreign units are missing from the reference data');
  }
  return {
    ...point,
    inVietnam: Boolean(province),
    province: await unitOrNull(db, 'current', province?.code),
    pre2025Province: await unitOrNull(db, 'pre2025', pre2025?.code),
    commune: await unitOrNull(db, 'current', commune?.code),
    distanceToProvincialBoundaryKm: boundary ? roundKm(boundary.km) : null,
    nearestProvince: await unitOrNull(db, 'current', boundary?.neighbourCode),
    pre2025DistanceToProvincialBoundaryKm: oldBoundary ? roundKm(oldBoundary.km) : null,
    distanceToNationalBorderKm: border ? roundKm(border.km) : null,
    nationalBorderCountry: border?.country ?? null,
    foreignUnit: foreignShape ? (foreignUnits.get(foreignShape.code) ?? null) : null,
    nearestForeignUnit: { ...nearestUnit, distanceKm: roundKm(nearest.km) },
  };
};
