import type { Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import type { Country } from '../adjacency/adjacency.tables.ts';
import { findLatestLoad } from '../refdata/refdata.repo.ts';
import type { Structure } from '../units/units.tables.ts';
import { type GeometryRow, listCommuneProvinces, listGeometryRows } from './geometry.repo.ts';
import { type Bbox, linesOf, ringsOf, type Segments, segmentsOf } from './planar.ts';

export type Area = Polygon | MultiPolygon;
export type Shape = { code: string; bbox: Bbox; geometry: Area };
export type CommuneShape = Shape & { provinceCode: string | null; pre2025ProvinceCode: string | null };
export type ForeignShape = Shape & { boundary: Segments };

/** Parsed geometry of one reference load, kept in memory so a point lookup takes milliseconds. */
export type GeometryCache = {
  loadId: string;
  provinces: Record<Structure, Shape[]>;
  communes: CommuneShape[];
  foreign: ForeignShape[];
  nationalBorder: Map<Country, Segments>;
  /** Shared boundary of each adjacent pair, keyed "a:b" with a < b. */
  pairLines: Record<Structure, Map<string, Segments>>;
};

const isArea = (g: Geometry): g is Area => g.type === 'Polygon' || g.type === 'MultiPolygon';

const shapesOf = (rows: GeometryRow[], layer: GeometryRow['layer']): Shape[] =>
  rows
    .filter((r) => r.layer === layer)
    .flatMap((r) => {
      const geometry = r.geometry;
      return isArea(geometry)
        ? [
            {
              code: r.code,
              geometry,
              bbox: { minLon: r.minLon, minLat: r.minLat, maxLon: r.maxLon, maxLat: r.maxLat },
            },
          ]
        : [];
    });

const linesByCode = (rows: GeometryRow[], layer: GeometryRow['layer']): Map<string, Segments> =>
  new Map(
    rows
      .filter((r) => r.layer === layer && r.geometry.type === 'MultiLineString')
      .map((r) => [r.code, segmentsOf(linesOf(r.geometry as MultiLineString))]),
  );

const buildCache = async (db: Db, loadId: string): Promise<GeometryCache> => {
  const rows = await listGeometryRows(db, [
    'province_current',
    'province_pre2025',
    'commune_current',
    'foreign_admin1',
    'national_border',
    'province_pair_current',
    'province_pair_pre2025',
  ]);
  const provincesOf = new Map((await listCommuneProvinces(db)).map((c) => [c.code, c]));
  return {
    loadId,
    provinces: { current: shapesOf(rows, 'province_current'), pre2025: shapesOf(rows, 'province_pre2025') },
    communes: shapesOf(rows, 'commune_current').map((s) => ({
      ...s,
      provinceCode: provincesOf.get(s.code)?.provinceCode ?? null,
      pre2025ProvinceCode: provincesOf.get(s.code)?.pre2025ProvinceCode ?? null,
    })),
    foreign: shapesOf(rows, 'foreign_admin1').map((s) => ({
      ...s,
      boundary: segmentsOf(ringsOf(s.geometry)),
    })),
    nationalBorder: linesByCode(rows, 'national_border') as Map<Country, Segments>,
    pairLines: {
      current: linesByCode(rows, 'province_pair_current'),
      pre2025: linesByCode(rows, 'province_pair_pre2025'),
    },
  };
};

const caches = new Map<string, Promise<GeometryCache>>();
/** Loads kept in memory at once: the live one and, during a reload, the one before. */
const MAX_CACHED_LOADS = 2;

/**
 * The parsed geometry of the latest reference load: built once per load and process, rebuilt after a new load
 * (the load id is checked on every call, one indexed row). 503 `refdata_unavailable` when nothing is loaded.
 */
export const getGeometryCache = async (db: Db): Promise<GeometryCache> => {
  const latest = await findLatestLoad(db);
  if (!latest) {
    throw new AppError('refdata_unavailable', 'The reference data has not been loaded');
  }
  const cached = caches.get(latest.id);
  if (cached) {
    return cached;
  }
  const building = buildCache(db, latest.id);
  caches.set(latest.id, building);
  building.catch(() => caches.delete(latest.id));
  for (const key of [...caches.keys()].slice(0, Math.max(0, caches.size - MAX_CACHED_LOADS))) {
    caches.delete(key);
  }
  return building;
};
