import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

// Distances on a local equirectangular projection around the query point: within 100 km of the point the
// error against great-circle distance stays under 0.5 %, and a lookup needs only arithmetic.

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export type Bbox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** Segments of lines packed as [ax, ay, bx, by, ...] in degrees, so a scan over thousands of them stays fast. */
export type Segments = Float64Array;

/** The bounding box of every position of a geometry. */
export const bboxOf = (geometry: Geometry): Bbox => {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [lon = 0, lat = 0] of positionsOf(geometry)) {
    box.minLon = Math.min(box.minLon, lon);
    box.minLat = Math.min(box.minLat, lat);
    box.maxLon = Math.max(box.maxLon, lon);
    box.maxLat = Math.max(box.maxLat, lat);
  }
  return box;
};

/** Every position of a polygon, multipolygon or line geometry (others yield nothing). */
export const positionsOf = (geometry: Geometry): Position[] => {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'LineString':
      return geometry.coordinates;
    default:
      return [];
  }
};

/** Whether a point lies in a bbox grown by `marginKm` on every side. */
export const isNearBbox = (lon: number, lat: number, box: Bbox, marginKm = 0): boolean => {
  const dLat = marginKm / KM_PER_DEGREE;
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  return (
    lon >= box.minLon - dLon &&
    lon <= box.maxLon + dLon &&
    lat >= box.minLat - dLat &&
    lat <= box.maxLat + dLat
  );
};

/** Whether two bboxes come within `marginKm` of each other (a cheap prefilter before exact distances). */
export const areBboxesNear = (a: Bbox, b: Bbox, marginKm: number): boolean => {
  const dLat = marginKm / KM_PER_DEGREE;
  const dLon = dLat / Math.max(Math.cos((((a.minLat + a.maxLat) / 2) * Math.PI) / 180), 0.01);
  return (
    a.minLon <= b.maxLon + dLon &&
    a.maxLon >= b.minLon - dLon &&
    a.minLat <= b.maxLat + dLat &&
    a.maxLat >= b.minLat - dLat
  );
};

/** Packs lines (or polygon rings, which are closed lines) into segments. */
export const segmentsOf = (lines: Position[][]): Segments => {
  const count = lines.reduce((n, line) => n + Math.max(line.length - 1, 0), 0);
  const segments = new Float64Array(count * 4);
  let at = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) {
      const a = line[i - 1] ?? [0, 0];
      const b = line[i] ?? [0, 0];
      segments.set([a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0], at);
      at += 4;
    }
  }
  return segments;
};

/** The rings of a polygon or multipolygon as lines: its boundary. */
export const ringsOf = (geometry: Polygon | MultiPolygon): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

/** The lines of a line geometry. */
export const linesOf = (geometry: MultiLineString): Position[][] => geometry.coordinates;

/** Distance in km from a point to the nearest of the segments; Infinity when there are none. */
export const distanceToSegmentsKm = (lon: number, lat: number, segments: Segments): number => {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (let i = 0; i < segments.length; i += 4) {
    const ax = ((segments[i] ?? 0) - lon) * kx;
    const ay = ((segments[i + 1] ?? 0) - lat) * ky;
    const bx = ((segments[i + 2] ?? 0) - lon) * kx;
    const by = ((segments[i + 3] ?? 0) - lat) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
    const px = ax + t * dx;
    const py = ay + t * dy;
    const d = px * px + py * py;
    if (d < best) {
      best = d;
    }
  }
  return Math.sqrt(best);
};

/** The smallest distance in km from any vertex of a polygon to the segments: how near the unit comes to a line. */
export const polygonDistanceToSegmentsKm = (geometry: Polygon | MultiPolygon, segments: Segments): number => {
  let best = Infinity;
  for (const ring of ringsOf(geometry)) {
    for (const [lon = 0, lat = 0] of ring) {
      best = Math.min(best, distanceToSegmentsKm(lon, lat, segments));
      if (best === 0) {
        return 0;
      }
    }
  }
  return best;
};

/** Rounds every coordinate to `decimals` places (5 ≈ 1 m, 4 ≈ 11 m), which keeps stored GeoJSON small. */
export const roundGeometry = <G extends Geometry>(geometry: G, decimals: number): G => {
  const factor = 10 ** decimals;
  const round = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(round)
      : typeof value === 'number'
        ? Math.round(value * factor) / factor
        : value;
  if (geometry.type === 'GeometryCollection') {
    return geometry;
  }
  return { ...geometry, coordinates: round(geometry.coordinates) } as G;
};

/** Rounds a distance for presentation: 0.01 km (10 m) is finer than the data. */
export const roundKm = (km: number): number => Math.round(km * 100) / 100;
