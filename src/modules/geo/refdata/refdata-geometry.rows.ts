import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Country } from '../adjacency/adjacency.tables.ts';
import type { GeometryLayer, geoGeometries } from '../geometry/geometry.tables.ts';
import { bboxOf, distanceToSegmentsKm, ringsOf, roundGeometry, segmentsOf } from '../geometry/planar.ts';
import type { Structure } from '../units/units.tables.ts';
import type { NeighboursFile } from './refdata-files.schemas.ts';

export type NewGeometry = typeof geoGeometries.$inferInsert;

/** Topology simplification for the map: triangles under this planar area (degrees², ≈ 0.25 km²) are dropped. */
const MAP_WEIGHT = 2e-5;
/** A stretch of the outer boundary counts as land border within this distance of a neighbour's polygon (as SOURCES.md). */
const LAND_BORDER_KM = 6;

type Props = Record<string, unknown>;
type Area = Polygon | MultiPolygon;

const codeOf = (object: { id?: string | number; properties?: Props | null }): string =>
  String(object.properties?.code ?? object.id ?? '');

const isArea = (geometry: Geometry | null): geometry is Area =>
  geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';

const areaFeatures = (topology: Topology, name: string): Feature<Area, Props>[] => {
  const collection = feature(topology, topology.objects[name] as GeometryCollection<Props>);
  return collection.features.filter((f): f is Feature<Area, Props> => isArea(f.geometry));
};

const row = (
  layer: GeometryLayer,
  code: string,
  geometry: Geometry,
  mapGeometry: Geometry | null,
): NewGeometry => ({
  layer,
  code,
  geometry,
  mapGeometry,
  ...bboxOf(geometry),
});

const areaRows = (full: Topology, map: Topology, name: string, layer: GeometryLayer): NewGeometry[] => {
  const simplified = new Map(areaFeatures(map, name).map((f) => [codeOf(f), f.geometry]));
  return areaFeatures(full, name).map((f) => {
    const mapGeometry = simplified.get(codeOf(f));
    return row(
      layer,
      codeOf(f),
      roundGeometry(f.geometry, 5),
      mapGeometry ? roundGeometry(mapGeometry, 4) : null,
    );
  });
};

const pairLineRows = (
  topology: Topology,
  name: string,
  structure: Structure,
  pairs: [string, string][],
): NewGeometry[] => {
  const object = topology.objects[name] as GeometryCollection<Props>;
  return pairs.flatMap(([a, b]) => {
    const line = mesh(topology, object, (x: GeometryObject<Props>, y: GeometryObject<Props>) => {
      const pair = [codeOf(x), codeOf(y)];
      return pair.includes(a) && pair.includes(b) && a !== b;
    });
    if (line.coordinates.length === 0) {
      return [];
    }
    const geometry = roundGeometry(line, 5);
    return [row(`province_pair_${structure}`, `${a}:${b}`, geometry, roundGeometry(line, 4))];
  });
};

/** Keeps the runs of a line whose vertices lie near the neighbour's boundary. */
const nearRuns = (lines: Position[][], isNear: (p: Position) => boolean): Position[][] => {
  const runs: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const p of line) {
      if (isNear(p)) {
        run.push(p);
      } else {
        if (run.length > 1) runs.push(run);
        run = [];
      }
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
};

const countryBoundaries = (neighbours: NeighboursFile): Map<Country, Position[][]> => {
  const byCountry = new Map<Country, Position[][]>();
  for (const f of neighbours.features) {
    const rings = ringsOf(f.geometry as Area);
    byCountry.set(f.properties.country_iso2, [...(byCountry.get(f.properties.country_iso2) ?? []), ...rings]);
  }
  return byCountry;
};

/** A 0.1° grid of a country's boundary segments, so "is this vertex within 6 km" scans only nearby segments. */
const nearnessTest = (rings: Position[][]): ((p: Position) => boolean) => {
  const cells = new Map<string, Position[][]>();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1] ?? [0, 0];
      const b = ring[i] ?? [0, 0];
      const key = `${Math.floor((a[0] ?? 0) * 10)}:${Math.floor((a[1] ?? 0) * 10)}`;
      cells.set(key, [...(cells.get(key) ?? []), [a, b]]);
    }
  }
  return ([lon = 0, lat = 0]) => {
    const near: Position[][] = [];
    const cx = Math.floor(lon * 10);
    const cy = Math.floor(lat * 10);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        near.push(...(cells.get(`${cx + dx}:${cy + dy}`) ?? []));
      }
    }
    return near.length > 0 && distanceToSegmentsKm(lon, lat, segmentsOf(near)) <= LAND_BORDER_KM;
  };
};

const nationalBorderRows = (
  topology: Topology,
  borderCommunes: Map<string, Set<Country>>,
  neighbours: NeighboursFile,
): NewGeometry[] => {
  const wards = topology.objects.wards as GeometryCollection<Props>;
  return [...countryBoundaries(neighbours)].flatMap(([country, rings]) => {
    const outer = mesh(
      topology,
      wards,
      (a: GeometryObject<Props>, b: GeometryObject<Props>) =>
        a === b && (borderCommunes.get(codeOf(a))?.has(country) ?? false),
    );
    const runs = nearRuns(outer.coordinates, nearnessTest(rings));
    if (runs.length === 0) {
      return [];
    }
    const line: MultiLineString = roundGeometry({ type: 'MultiLineString', coordinates: runs }, 5);
    return [row('national_border', country, line, roundGeometry(line, 4))];
  });
};

export type GeometryInput = {
  topology: Topology;
  neighbours: NeighboursFile;
  pairs: Record<Structure, [string, string][]>;
  borderCommunes: Map<string, Set<Country>>;
};

/** Every geometry row, plus the facts units need from the topology (official areas, pre-2025 province of communes). */
export const buildGeometryRows = (input: GeometryInput) => {
  const { topology, neighbours, pairs, borderCommunes } = input;
  const forMap = simplify(presimplify(topology as Parameters<typeof presimplify>[0]), MAP_WEIGHT) as Topology;
  const rows = [
    ...areaRows(topology, forMap, 'provinces', 'province_current'),
    ...areaRows(topology, forMap, 'provinces_pre2025', 'province_pre2025'),
    ...areaRows(topology, forMap, 'wards', 'commune_current'),
    ...neighbours.features.map((f) =>
      row(
        'foreign_admin1',
        f.properties.iso_3166_2,
        f.geometry as Area,
        roundGeometry(f.geometry as Area, 4),
      ),
    ),
    ...pairLineRows(topology, 'provinces', 'current', pairs.current),
    ...pairLineRows(topology, 'provinces_pre2025', 'pre2025', pairs.pre2025),
    ...nationalBorderRows(topology, borderCommunes, neighbours),
  ];
  const areaByProvince = new Map<string, number>();
  for (const g of (topology.objects.provinces as GeometryCollection<Props>).geometries) {
    const area = (g.properties as Props | undefined)?.area_km2_official;
    if (typeof area === 'number') areaByProvince.set(codeOf(g), area);
  }
  const pre2025ProvinceByCommune = new Map<string, string>();
  for (const g of (topology.objects.wards as GeometryCollection<Props>).geometries) {
    const old = (g.properties as Props | undefined)?.pre2025_province_code;
    if (typeof old === 'string') pre2025ProvinceByCommune.set(codeOf(g), old);
  }
  return { rows, extras: { areaByProvince, pre2025ProvinceByCommune } };
};
