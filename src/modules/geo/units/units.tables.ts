import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The two administrative structures: before and from the 2025-07-01 reorganisation. Codes are reused across them. */
export const STRUCTURES = ['current', 'pre2025'] as const;
export type Structure = (typeof STRUCTURES)[number];

export const LEVELS = ['province', 'district', 'commune'] as const;
export type Level = (typeof LEVELS)[number];

export const UNIT_TYPES = [
  'municipality',
  'province',
  'municipal_city',
  'provincial_city',
  'urban_district',
  'district_level_town',
  'district',
  'ward',
  'commune_level_town',
  'commune',
  'special_zone',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const MAPPING_TYPES = ['full', 'partial'] as const;
export type MappingType = (typeof MAPPING_TYPES)[number];

export const MAPPING_QA = ['suspect', 'check'] as const;
export type MappingQa = (typeof MAPPING_QA)[number];

export type FormerName = { fullName: string; until: string };

/** Administrative units of both structures with their valid time; the key is (structure, code), never the code alone. */
export const geoUnits = pgTable(
  'geo_units',
  {
    structure: text('structure', { enum: STRUCTURES }).notNull(),
    code: text('code').notNull(),
    level: text('level', { enum: LEVELS }).notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en'),
    fullNameEn: text('full_name_en'),
    unitType: text('unit_type', { enum: UNIT_TYPES }).notNull(),
    provinceCode: text('province_code'),
    districtCode: text('district_code'),
    /** Current communes: the pre-2025 province most of the commune came from (as SOURCES.md assigns it). */
    pre2025ProvinceCode: text('pre2025_province_code'),
    isoCode: text('iso_code'),
    validFrom: text('valid_from'),
    validUntil: text('valid_until'),
    formerNames: jsonb('former_names').$type<FormerName[]>().notNull().default([]),
    /** foldVietnamese of every name of the unit, joined by " | ": the column `q` searches. */
    searchFolded: text('search_folded').notNull(),
    /** Position in Vietnamese alphabetical order (compareVietnamese on the name, then code), set at load. */
    sortRank: integer('sort_rank').notNull(),
    areaKm2: doublePrecision('area_km2'),
  },
  (t) => [
    primaryKey({ columns: [t.structure, t.code] }),
    index('geo_units_level_rank_idx').on(t.structure, t.level, t.sortRank),
    index('geo_units_province_idx').on(t.structure, t.provinceCode),
    index('geo_units_district_idx').on(t.structure, t.districtCode),
  ],
);

/** The old → new mapping of the 2025 reorganisation: province, island-district and commune rows. */
export const geoUnitMappings = pgTable(
  'geo_unit_mappings',
  {
    level: text('level', { enum: LEVELS }).notNull(),
    oldCode: text('old_code').notNull(),
    newCode: text('new_code').notNull(),
    type: text('type', { enum: MAPPING_TYPES }).notNull(),
    qa: text('qa', { enum: MAPPING_QA }),
  },
  (t) => [
    primaryKey({ columns: [t.level, t.oldCode, t.newCode] }),
    index('geo_unit_mappings_new_idx').on(t.newCode),
  ],
);
