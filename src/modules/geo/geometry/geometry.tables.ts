import { doublePrecision, json, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Geometry } from 'geojson';

/**
 * Geometry layers: polygons of provinces (both structures), current communes and foreign admin-1 units, and
 * lines: the national land border per country and the shared boundary of each pair of adjacent provinces.
 */
export const GEOMETRY_LAYERS = [
  'province_current',
  'province_pre2025',
  'commune_current',
  'foreign_admin1',
  'national_border',
  'province_pair_current',
  'province_pair_pre2025',
] as const;
export type GeometryLayer = (typeof GEOMETRY_LAYERS)[number];

/** GeoJSON geometry (WGS84) per unit: `geometry` for lookups, `map_geometry` simplified for drawing; bbox for prefilters. */
export const geoGeometries = pgTable(
  'geo_geometries',
  {
    layer: text('layer', { enum: GEOMETRY_LAYERS }).notNull(),
    code: text('code').notNull(),
    geometry: json('geometry').$type<Geometry>().notNull(),
    mapGeometry: json('map_geometry').$type<Geometry>(),
    minLon: doublePrecision('min_lon').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLon: doublePrecision('max_lon').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
  },
  (t) => [primaryKey({ columns: [t.layer, t.code] })],
);
