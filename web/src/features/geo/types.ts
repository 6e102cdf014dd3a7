import type { FeatureCollection, Geometry } from 'geojson';

/** The two administrative structures: before and after the 2025-07-01 reorganisation. */
export const STRUCTURES = ['current', 'pre2025'] as const;
export type Structure = (typeof STRUCTURES)[number];

/** Tells whether a string names one of the two structures. */
export const isStructure = (value: unknown): value is Structure => STRUCTURES.some((s) => s === value);

export type Level = 'province' | 'district' | 'commune';

export type UnitSummary = {
  structure: Structure;
  code: string;
  level: Level;
  name: string;
  fullName: string;
  nameEn: string | null;
  fullNameEn: string | null;
  unitType: string;
  provinceCode: string | null;
  districtCode: string | null;
  validFrom: string | null;
  validUntil: string | null;
  isHistorical: boolean;
};

export type CountryIso2 = 'LA' | 'KH' | 'CN';

export type ForeignUnit = { code: string; name: string; countryIso2: CountryIso2; country: string };

export type ForeignNeighbour = ForeignUnit & { approxBorderKm: number };

export type ResolvedUnit = { unit: UnitSummary; type: 'full' | 'partial'; qa: 'suspect' | 'check' | null };

export type UnitDetail = UnitSummary & {
  isoCode: string | null;
  formerNames: { fullName: string; until: string }[];
  parent: UnitSummary | null;
  province: UnitSummary | null;
  childrenCount: number;
  neighbours: { units: { unit: UnitSummary; sharedBorderKm: number }[]; foreign: ForeignNeighbour[] };
  mapping: { structure: Structure; units: ResolvedUnit[] };
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type UnitQuery = {
  q: string;
  structure: Structure;
  level: Level | null;
  province: string | null;
  district: string | null;
  page: number;
};

export type Location = {
  lat: number;
  lon: number;
  inVietnam: boolean;
  province: UnitSummary | null;
  pre2025Province: UnitSummary | null;
  commune: UnitSummary | null;
  distanceToProvincialBoundaryKm: number | null;
  nearestProvince: UnitSummary | null;
  pre2025DistanceToProvincialBoundaryKm: number | null;
  distanceToNationalBorderKm: number | null;
  nationalBorderCountry: CountryIso2 | null;
  foreignUnit: ForeignUnit | null;
  nearestForeignUnit: (ForeignUnit & { distanceKm: number }) | null;
};

export type ZoneMember = { code: string; level: Level | 'foreign'; name: string; structure: Structure };

export type Zone = {
  id: string;
  name: string;
  description: string | null;
  structure: Structure;
  kind: 'units' | 'belt';
  beltKm: number | null;
  provinces: string[];
  members: ZoneMember[];
  createdAt: string;
  updatedAt: string;
  version: number;
  abilities: { canManage: boolean };
};

/** The three ways to build a zone, as `POST /api/geo/zones` takes them. */
export type CreateZoneBody =
  | { kind: 'units'; name: string; description?: string; structure: Structure; units: { code: string }[] }
  | {
      kind: 'units';
      name: string;
      description?: string;
      structure: 'current';
      borderCommunesOf: [string, string];
    }
  | {
      kind: 'belt';
      name: string;
      description?: string;
      structure: Structure;
      provinces: string[];
      beltKm: number;
    };

export type GeoStatus = {
  loaded: boolean;
  loadedAt: string | null;
  dataAsOf: string | null;
  counts: Record<string, number> | null;
};

/** Properties of the features of the map endpoints; `kind` tells them apart. */
export type MapFeatureProperties = {
  kind: 'province' | 'foreign' | 'national_border' | 'commune' | 'zone_boundary';
  code?: string;
  name?: string;
  fullName?: string;
  structure?: Structure;
  role?: 'self' | 'neighbour';
  countryIso2?: CountryIso2;
  country?: string;
};

export type MapFeatureCollection = FeatureCollection<Geometry, MapFeatureProperties>;
