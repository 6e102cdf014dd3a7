import { z } from 'zod';
import { COUNTRIES } from '../adjacency/adjacency.tables.ts';
import { UNIT_TYPES } from '../units/units.tables.ts';

// The reference folder is third-party input: every file is Zod-parsed before a row is built from it.

const Code = z.string().regex(/^\d{2,5}$/);
const IsoDate = z.iso.date();
const UnitType = z.enum(UNIT_TYPES);

const CurrentProvince = z.object({
  code: Code,
  name: z.string(),
  name_en: z.string().nullish(),
  full_name: z.string(),
  full_name_en: z.string().nullish(),
  unit_type: UnitType,
  full_name_2025_07_01: z.string().optional(),
});
const CurrentWard = CurrentProvince.extend({ province_code: Code });

export const UnitsCurrentFile = z.object({
  meta: z.object({ effective_from: IsoDate, data_as_of: z.string().optional() }),
  provinces: z.array(CurrentProvince),
  wards: z.array(CurrentWard),
});
export type UnitsCurrentFile = z.infer<typeof UnitsCurrentFile>;

const FormerNames = z.array(z.object({ full_name: z.string(), until: IsoDate })).optional();
const Pre2025Province = z.object({
  code: Code,
  iso_3166_2: z.string().nullish(),
  name: z.string(),
  name_en: z.string().nullish(),
  full_name: z.string(),
  full_name_en: z.string().nullish(),
  unit_type: UnitType,
});
const Pre2025District = Pre2025Province.omit({ iso_3166_2: true }).extend({
  province_code: Code,
  former_full_names: FormerNames,
});
const Pre2025Ward = Pre2025District.extend({ district_code: Code });
const Historical = z.object({
  code: Code,
  full_name: z.string(),
  unit_type: UnitType,
  province_code: Code,
  district_code: Code.optional(),
  gone_from: IsoDate,
});

export const UnitsPre2025File = z.object({
  provinces: z.array(Pre2025Province),
  districts: z.array(Pre2025District),
  wards: z.array(Pre2025Ward),
  historical_districts: z.array(Historical),
  historical_wards: z.array(Historical),
});
export type UnitsPre2025File = z.infer<typeof UnitsPre2025File>;

export const MappingFile = z.object({
  provinces: z.array(z.object({ old_code: Code, new_code: Code })),
  island_districts: z.array(z.object({ old_district_code: Code, new_code: Code })),
  communes: z.array(
    z.object({
      old_code: Code,
      new_code: Code,
      type: z.enum(['full', 'partial']),
      qa: z.enum(['suspect', 'check']).optional(),
    }),
  ),
});
export type MappingFile = z.infer<typeof MappingFile>;

const Country = z.enum(COUNTRIES);
const ForeignBorder = z.object({
  country_iso2: Country,
  admin1: z.array(z.object({ iso_3166_2: z.string(), approx_border_km: z.number() })),
});
const AdjacentProvince = z.object({
  code: Code,
  neighbours: z.array(z.object({ code: Code, shared_border_km: z.number() })),
  foreign_borders: z.array(ForeignBorder),
});

export const ProvincesAdjacencyFile = z.object({
  provinces: z.array(AdjacentProvince),
  pre2025_provinces: z.array(AdjacentProvince),
});
export type ProvincesAdjacencyFile = z.infer<typeof ProvincesAdjacencyFile>;

export const WardsAdjacencyFile = z.object({
  pairs: z.array(z.tuple([Code, Code, z.number()])),
  national_border: z.array(z.object({ code: Code, province_code: Code, foreign: z.array(ForeignBorder) })),
});
export type WardsAdjacencyFile = z.infer<typeof WardsAdjacencyFile>;

export const LaosFile = z.object({
  provinces: z.array(
    z.object({
      iso_3166_2: z.string(),
      name_en: z.string(),
      name_natural_earth: z.string().optional(),
      borders_vietnam: z.boolean(),
      note: z.string().optional(),
    }),
  ),
});
export type LaosFile = z.infer<typeof LaosFile>;

const Position = z.array(z.number()).min(2);
const PolygonCoords = z.array(z.array(Position));
export const PolygonGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoords }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoords) }),
]);

export const NeighboursFile = z.object({
  features: z.array(
    z.object({
      properties: z.object({
        country_iso2: Country,
        country: z.string(),
        iso_3166_2: z.string(),
        name: z.string(),
      }),
      geometry: PolygonGeometry,
    }),
  ),
});
export type NeighboursFile = z.infer<typeof NeighboursFile>;

/** Only the top level of the topology is checked here; topojson-client decodes the rest. */
export const TopologyFile = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    wards: z.looseObject({ type: z.literal('GeometryCollection') }),
    provinces: z.looseObject({ type: z.literal('GeometryCollection') }),
    provinces_pre2025: z.looseObject({ type: z.literal('GeometryCollection') }),
  }),
});

/** The files the loader reads, relative to the reference folder. */
export const REFDATA_FILES = {
  unitsCurrent: 'units-current.json',
  unitsPre2025: 'units-pre2025.json',
  mapping: 'mapping-2025-old-to-new.json',
  provincesAdjacency: 'provinces-adjacency.json',
  wardsAdjacency: 'wards-adjacency.json',
  laos: 'laos-provinces.json',
  topology: 'geo/vn-admin-current.topo.json',
  neighbours: 'geo/neighbours-admin1-ne.geojson',
} as const;
export type RefdataFileKey = keyof typeof REFDATA_FILES;
