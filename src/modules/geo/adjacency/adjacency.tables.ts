import { boolean, doublePrecision, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { STRUCTURES } from '../units/units.tables.ts';

export const COUNTRIES = ['LA', 'KH', 'CN'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Provinces sharing a border, in both structures; each pair is stored in both directions. */
export const geoProvinceNeighbours = pgTable(
  'geo_province_neighbours',
  {
    structure: text('structure', { enum: STRUCTURES }).notNull(),
    provinceCode: text('province_code').notNull(),
    neighbourCode: text('neighbour_code').notNull(),
    sharedBorderKm: doublePrecision('shared_border_km').notNull(),
  },
  (t) => [primaryKey({ columns: [t.structure, t.provinceCode, t.neighbourCode] })],
);

/** Current communes sharing a border; each pair in both directions, flagged when the two lie in different provinces. */
export const geoCommuneNeighbours = pgTable(
  'geo_commune_neighbours',
  {
    communeCode: text('commune_code').notNull(),
    neighbourCode: text('neighbour_code').notNull(),
    sharedKm: doublePrecision('shared_km').notNull(),
    isInterprovincial: boolean('is_interprovincial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.neighbourCode] })],
);

/** The land border of Vietnamese provinces (both structures) and current communes with foreign admin-1 units. */
export const geoForeignBorders = pgTable(
  'geo_foreign_borders',
  {
    structure: text('structure', { enum: STRUCTURES }).notNull(),
    level: text('level', { enum: ['province', 'commune'] }).notNull(),
    unitCode: text('unit_code').notNull(),
    foreignCode: text('foreign_code').notNull(),
    countryIso2: text('country_iso2', { enum: COUNTRIES }).notNull(),
    approxBorderKm: doublePrecision('approx_border_km').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.structure, t.level, t.unitCode, t.foreignCode] }),
    index('geo_foreign_borders_foreign_idx').on(t.foreignCode),
  ],
);

/** First-level units of the neighbouring countries (Laos, Cambodia, Yunnan and Guangxi of China). */
export const geoForeignUnits = pgTable('geo_foreign_units', {
  code: text('code').primaryKey(),
  countryIso2: text('country_iso2', { enum: COUNTRIES }).notNull(),
  country: text('country').notNull(),
  name: text('name').notNull(),
  nameNaturalEarth: text('name_natural_earth'),
  bordersVietnam: boolean('borders_vietnam').notNull(),
  hasGeometry: boolean('has_geometry').notNull(),
  note: text('note'),
});
