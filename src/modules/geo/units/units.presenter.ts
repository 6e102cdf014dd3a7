import type { ForeignUnitRow } from '../adjacency/adjacency.repo.ts';
import type { Neighbours } from '../adjacency/adjacency.service.ts';
import { PRE2025_VALID_UNTIL } from '../refdata/refdata-units.rows.ts';
import type { UnitRow } from './units.repo.ts';
import type { ForeignUnitView, ResolvedUnitView, UnitDetail, UnitSummary } from './units.schemas.ts';
import type { ResolvedUnit } from './units.service.ts';
import type { Structure } from './units.tables.ts';

/** A unit as lists show it, with its valid time. */
export const presentUnit = (unit: UnitRow): UnitSummary => ({
  structure: unit.structure,
  code: unit.code,
  level: unit.level,
  name: unit.name,
  fullName: unit.fullName,
  nameEn: unit.nameEn,
  fullNameEn: unit.fullNameEn,
  unitType: unit.unitType,
  provinceCode: unit.provinceCode,
  districtCode: unit.districtCode,
  validFrom: unit.validFrom,
  validUntil: unit.validUntil,
  isHistorical: unit.validUntil !== null && unit.validUntil < PRE2025_VALID_UNTIL,
});

/** A foreign admin-1 unit as the API shows it. */
export const presentForeignUnit = (f: ForeignUnitRow): ForeignUnitView => ({
  code: f.code,
  name: f.name,
  countryIso2: f.countryIso2,
  country: f.country,
});

/** A mapped unit with its full/partial type and the upstream QA flag. */
export const presentResolved = (r: ResolvedUnit): ResolvedUnitView => ({
  unit: presentUnit(r.unit),
  type: r.type,
  qa: r.qa,
});

/** A unit page: its parent, children count, neighbours and the same place in the other structure. */
export const presentUnitDetail = (
  unit: UnitRow,
  related: {
    parent: UnitRow | undefined;
    province: UnitRow | undefined;
    childrenCount: number;
    neighbours: Neighbours;
    mapping: { structure: Structure; units: ResolvedUnit[] };
  },
): UnitDetail => ({
  ...presentUnit(unit),
  isoCode: unit.isoCode,
  formerNames: unit.formerNames,
  parent: related.parent ? presentUnit(related.parent) : null,
  province: related.province ? presentUnit(related.province) : null,
  childrenCount: related.childrenCount,
  neighbours: {
    units: related.neighbours.units.map((n) => ({
      unit: presentUnit(n.unit),
      sharedBorderKm: n.sharedBorderKm,
    })),
    foreign: related.neighbours.foreign.map((f) => ({
      ...presentForeignUnit(f.foreign),
      approxBorderKm: f.approxBorderKm,
    })),
  },
  mapping: { structure: related.mapping.structure, units: related.mapping.units.map(presentResolved) },
});
