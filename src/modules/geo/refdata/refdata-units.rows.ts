import { compareVietnamese, foldVietnamese } from '../../../text/vietnamese.ts';
import type { FormerName, geoUnitMappings, geoUnits } from '../units/units.tables.ts';
import type { MappingFile, UnitsCurrentFile, UnitsPre2025File } from './refdata-files.schemas.ts';

export type NewUnit = typeof geoUnits.$inferInsert;
export type NewMapping = typeof geoUnitMappings.$inferInsert;

/** The last day of the pre-2025 structure; the current one starts the day after. */
export const PRE2025_VALID_UNTIL = '2025-06-30';

const TYPE_PREFIX = /^(Thành phố|Thị xã|Thị trấn|Huyện|Quận|Phường|Xã|Tỉnh|Đặc khu)\s+/u;

/** The day before an ISO date: a unit gone from the state of `gone_from` was last valid the day before. */
export const dayBefore = (isoDate: string): string => {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
};

/** Every name of a unit, folded and de-duplicated, as one searchable string. */
export const searchTextOf = (names: (string | null | undefined)[]): string =>
  [...new Set(names.filter((n): n is string => Boolean(n)).map(foldVietnamese))].join(' | ');

type UnitDraft = Omit<NewUnit, 'searchFolded' | 'sortRank'>;

const finish = (drafts: UnitDraft[]): NewUnit[] => {
  const sorted = [...drafts].sort(
    (a, b) =>
      compareVietnamese(a.name, b.name) ||
      a.code.localeCompare(b.code) ||
      a.structure.localeCompare(b.structure),
  );
  return sorted.map((draft, index) => ({
    ...draft,
    sortRank: index + 1,
    searchFolded: searchTextOf([
      draft.name,
      draft.fullName,
      draft.nameEn,
      ...(draft.formerNames ?? []).map((f) => f.fullName),
    ]),
  }));
};

const renamedOn = (dataAsOf: string | undefined): string | null =>
  dataAsOf?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;

const currentUnits = (file: UnitsCurrentFile, extras: UnitExtras): UnitDraft[] => {
  const validFrom = file.meta.effective_from;
  const until = renamedOn(file.meta.data_as_of);
  const former = (name: string | undefined): FormerName[] =>
    name && until ? [{ fullName: name, until }] : [];
  const provinces = file.provinces.map(
    (p): UnitDraft => ({
      structure: 'current',
      ...namesOf(p),
      level: 'province',
      validFrom,
      formerNames: former(p.full_name_2025_07_01),
      areaKm2: extras.areaByProvince.get(p.code) ?? null,
    }),
  );
  const communes = file.wards.map(
    (w): UnitDraft => ({
      structure: 'current',
      ...namesOf(w),
      level: 'commune',
      provinceCode: w.province_code,
      pre2025ProvinceCode: extras.pre2025ProvinceByCommune.get(w.code) ?? null,
      validFrom,
      formerNames: former(w.full_name_2025_07_01),
    }),
  );
  return [...provinces, ...communes];
};

/** The fields every unit file names the same way: code, names in Vietnamese and English, unit type. */
const namesOf = (u: {
  code: string;
  name: string;
  full_name: string;
  name_en?: string | null;
  full_name_en?: string | null;
  unit_type: UnitDraft['unitType'];
}) => ({
  code: u.code,
  name: u.name,
  fullName: u.full_name,
  nameEn: u.name_en ?? null,
  fullNameEn: u.full_name_en ?? null,
  unitType: u.unit_type,
});

const formerOf = (names: { full_name: string; until: string }[] | undefined): FormerName[] =>
  (names ?? []).map((f) => ({ fullName: f.full_name, until: f.until }));

const pre2025Units = (file: UnitsPre2025File): UnitDraft[] => {
  const common = { structure: 'pre2025', validFrom: null, validUntil: PRE2025_VALID_UNTIL } as const;
  const provinces = file.provinces.map(
    (p): UnitDraft => ({
      ...common,
      ...namesOf(p),
      level: 'province',
      isoCode: p.iso_3166_2 ?? null,
    }),
  );
  const districts = file.districts.map(
    (d): UnitDraft => ({
      ...common,
      ...namesOf(d),
      level: 'district',
      provinceCode: d.province_code,
      formerNames: formerOf(d.former_full_names),
    }),
  );
  const communes = file.wards.map(
    (w): UnitDraft => ({
      ...common,
      ...namesOf(w),
      level: 'commune',
      provinceCode: w.province_code,
      districtCode: w.district_code,
      formerNames: formerOf(w.former_full_names),
    }),
  );
  const historical = [
    ...file.historical_districts.map((h) => ({ ...h, level: 'district' as const })),
    ...file.historical_wards.map((h) => ({ ...h, level: 'commune' as const })),
  ].map(
    (h): UnitDraft => ({
      structure: 'pre2025',
      code: h.code,
      level: h.level,
      name: h.full_name.replace(TYPE_PREFIX, ''),
      fullName: h.full_name,
      unitType: h.unit_type,
      provinceCode: h.province_code,
      districtCode: h.district_code ?? null,
      validFrom: null,
      validUntil: dayBefore(h.gone_from),
    }),
  );
  return [...provinces, ...districts, ...communes, ...historical];
};

/** Facts the unit files lack but the geometry carries: official areas, and each current commune's pre-2025 province. */
export type UnitExtras = {
  areaByProvince: Map<string, number>;
  pre2025ProvinceByCommune: Map<string, string>;
};

/** Rows of `geo_units` for both structures, searchable and ranked in Vietnamese order. */
export const buildUnitRows = (
  current: UnitsCurrentFile,
  pre2025: UnitsPre2025File,
  extras: UnitExtras,
): NewUnit[] => finish([...currentUnits(current, extras), ...pre2025Units(pre2025)]);

/** Rows of `geo_unit_mappings`: provinces and island districts (always whole) and communes (full or partial). */
export const buildMappingRows = (file: MappingFile): NewMapping[] => {
  const rows = new Map<string, NewMapping>();
  const add = (row: NewMapping) => rows.set(`${row.level}:${row.oldCode}:${row.newCode}`, row);
  for (const p of file.provinces) {
    add({ level: 'province', oldCode: p.old_code, newCode: p.new_code, type: 'full' });
  }
  for (const d of file.island_districts) {
    add({ level: 'district', oldCode: d.old_district_code, newCode: d.new_code, type: 'full' });
  }
  for (const c of file.communes) {
    add({ level: 'commune', oldCode: c.old_code, newCode: c.new_code, type: c.type, qa: c.qa ?? null });
  }
  return [...rows.values()];
};
