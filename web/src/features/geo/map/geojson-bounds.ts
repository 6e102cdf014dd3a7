import type { Geometry, Position } from 'geojson';

/** A west-south-east-north box. */
export type Bounds = [[number, number], [number, number]];

const positionsOf = (geometry: Geometry): Position[] => {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
};

/** The bounding box of some geometries, or undefined when they hold no position. */
export const boundsOf = (geometries: Geometry[]): Bounds | undefined => {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lon = Number.NaN, lat = Number.NaN] of geometries.flatMap(positionsOf)) {
    west = Math.min(west, lon);
    south = Math.min(south, lat);
    east = Math.max(east, lon);
    north = Math.max(north, lat);
  }
  return Number.isFinite(west) && Number.isFinite(north)
    ? [
        [west, south],
        [east, north],
      ]
    : undefined;
};

const ringArea = (ring: Position[]): number => {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twice += xj * yi - xi * yj;
  }
  return twice / 2;
};

const ringCentroid = (ring: Position[]): Position => {
  const area = ringArea(ring);
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  return area === 0 ? (ring[0] ?? [0, 0]) : [x / (6 * area), y / (6 * area)];
};

/**
 * Where to write a polygon's name: the centroid of its largest part, so that a province with islands
 * (Đà Nẵng and Hoàng Sa, Khánh Hòa and Trường Sa) is named once, on its mainland.
 */
export const labelPointOf = (geometry: Geometry): Position | undefined => {
  const outerRings =
    geometry.type === 'Polygon'
      ? [geometry.coordinates[0] ?? []]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.map((polygon) => polygon[0] ?? [])
        : [];
  let largest: Position[] | undefined;
  for (const ring of outerRings) {
    if (!largest || Math.abs(ringArea(ring)) > Math.abs(ringArea(largest))) {
      largest = ring;
    }
  }
  return largest && largest.length > 2 ? ringCentroid(largest) : undefined;
};
