import { z } from 'zod';
import { COUNTRIES } from '../adjacency/adjacency.tables.ts';
import { ForeignUnitView, Structure, UnitCode, UnitSummary } from '../units/units.schemas.ts';

export const LocateQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});

export const LocationView = z.object({
  lat: z.number(),
  lon: z.number(),
  inVietnam: z.boolean(),
  province: UnitSummary.nullable(),
  pre2025Province: UnitSummary.nullable(),
  commune: UnitSummary.nullable(),
  distanceToProvincialBoundaryKm: z.number().nullable(),
  nearestProvince: UnitSummary.nullable(),
  pre2025DistanceToProvincialBoundaryKm: z.number().nullable(),
  distanceToNationalBorderKm: z.number().nullable(),
  nationalBorderCountry: z.enum(COUNTRIES).nullable(),
  foreignUnit: ForeignUnitView.nullable(),
  nearestForeignUnit: ForeignUnitView.extend({ distanceKm: z.number() }),
});
export type LocationView = z.infer<typeof LocationView>;

export const MapQuery = z.strictObject({ structure: Structure.default('current') });
export const ProvinceMapParams = z.strictObject({ structure: Structure, code: UnitCode });

/** GeoJSON is checked for its envelope only: the features come from our own load, and a deep check would be slow. */
export const FeatureCollectionView = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export const StatusView = z.object({
  loaded: z.boolean(),
  loadedAt: z.iso.datetime().nullable(),
  dataAsOf: z.string().nullable(),
  counts: z.record(z.string(), z.number()).nullable(),
});
