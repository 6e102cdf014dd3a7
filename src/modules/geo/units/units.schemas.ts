import { z } from 'zod';
import { COUNTRIES } from '../adjacency/adjacency.tables.ts';
import { LEVELS, MAPPING_QA, MAPPING_TYPES, STRUCTURES, UNIT_TYPES } from './units.tables.ts';

export const Structure = z.enum(STRUCTURES);
export const ProvinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
export const UnitCode = z.string().regex(/^(\d{2}|\d{3}|\d{5})$/, 'a 2-, 3- or 5-digit unit code');
export const IsoDate = z.iso.date();

export const UnitParams = z.strictObject({ structure: Structure, code: UnitCode });
export type UnitParams = z.infer<typeof UnitParams>;

export const ListUnitsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  structure: Structure.default('current'),
  level: z.enum(LEVELS).optional(),
  province: ProvinceCode.optional(),
  district: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  includeHistorical: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuery>;

export const ResolveQuery = z.strictObject({ at: IsoDate });

export const UnitSummary = z.object({
  structure: Structure,
  code: z.string(),
  level: z.enum(LEVELS),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string().nullable(),
  fullNameEn: z.string().nullable(),
  unitType: z.enum(UNIT_TYPES),
  provinceCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  isHistorical: z.boolean(),
});
export type UnitSummary = z.infer<typeof UnitSummary>;

export const ForeignUnitView = z.object({
  code: z.string(),
  name: z.string(),
  countryIso2: z.enum(COUNTRIES),
  country: z.string(),
});
export type ForeignUnitView = z.infer<typeof ForeignUnitView>;

export const ResolvedUnitView = z.object({
  unit: UnitSummary,
  type: z.enum(MAPPING_TYPES),
  qa: z.enum(MAPPING_QA).nullable(),
});
export type ResolvedUnitView = z.infer<typeof ResolvedUnitView>;

export const UnitDetail = UnitSummary.extend({
  isoCode: z.string().nullable(),
  formerNames: z.array(z.object({ fullName: z.string(), until: z.string() })),
  parent: UnitSummary.nullable(),
  province: UnitSummary.nullable(),
  childrenCount: z.int(),
  neighbours: z.object({
    units: z.array(z.object({ unit: UnitSummary, sharedBorderKm: z.number() })),
    foreign: z.array(ForeignUnitView.extend({ approxBorderKm: z.number() })),
  }),
  mapping: z.object({ structure: Structure, units: z.array(ResolvedUnitView) }),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitPage = z.object({
  items: z.array(UnitSummary),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});

export const ResolveView = z.object({
  from: UnitSummary,
  at: z.string(),
  structure: Structure,
  units: z.array(ResolvedUnitView),
});
