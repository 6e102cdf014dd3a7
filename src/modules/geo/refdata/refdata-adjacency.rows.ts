import type {
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoProvinceNeighbours,
} from '../adjacency/adjacency.tables.ts';
import type { Structure } from '../units/units.tables.ts';
import type {
  LaosFile,
  NeighboursFile,
  ProvincesAdjacencyFile,
  WardsAdjacencyFile,
} from './refdata-files.schemas.ts';

export type NewProvinceNeighbour = typeof geoProvinceNeighbours.$inferInsert;
export type NewCommuneNeighbour = typeof geoCommuneNeighbours.$inferInsert;
export type NewForeignBorder = typeof geoForeignBorders.$inferInsert;
export type NewForeignUnit = typeof geoForeignUnits.$inferInsert;

type ForeignBorderInput = ProvincesAdjacencyFile['provinces'][number]['foreign_borders'];

const foreignRows = (
  structure: Structure,
  level: 'province' | 'commune',
  unitCode: string,
  borders: ForeignBorderInput,
): NewForeignBorder[] =>
  borders.flatMap((country) =>
    country.admin1.map((unit) => ({
      structure,
      level,
      unitCode,
      foreignCode: unit.iso_3166_2,
      countryIso2: country.country_iso2,
      approxBorderKm: unit.approx_border_km,
    })),
  );

const dedupe = <T>(rows: T[], key: (row: T) => string): T[] => [
  ...new Map(rows.map((row) => [key(row), row])).values(),
];

/** Province neighbours and province/commune foreign borders of both structures. */
export const buildAdjacencyRows = (provinces: ProvincesAdjacencyFile, wards: WardsAdjacencyFile) => {
  const sections: [Structure, ProvincesAdjacencyFile['provinces']][] = [
    ['current', provinces.provinces],
    ['pre2025', provinces.pre2025_provinces],
  ];
  const provinceNeighbours: NewProvinceNeighbour[] = sections.flatMap(([structure, list]) =>
    list.flatMap((p) =>
      p.neighbours.map((n) => ({
        structure,
        provinceCode: p.code,
        neighbourCode: n.code,
        sharedBorderKm: n.shared_border_km,
      })),
    ),
  );
  const foreignBorders = dedupe(
    [
      ...sections.flatMap(([structure, list]) =>
        list.flatMap((p) => foreignRows(structure, 'province', p.code, p.foreign_borders)),
      ),
      ...wards.national_border.flatMap((c) => foreignRows('current', 'commune', c.code, c.foreign)),
    ],
    (r) => `${r.structure}:${r.level}:${r.unitCode}:${r.foreignCode}`,
  );
  return { provinceNeighbours, foreignBorders };
};

/** Commune pairs in both directions, flagged inter-provincial when the provinces differ. */
export const buildCommuneNeighbourRows = (
  wards: WardsAdjacencyFile,
  provinceOf: Map<string, string>,
): NewCommuneNeighbour[] =>
  dedupe(
    wards.pairs.flatMap(([a, b, km]) => {
      const isInterprovincial = provinceOf.get(a) !== provinceOf.get(b);
      return [
        { communeCode: a, neighbourCode: b, sharedKm: km, isInterprovincial },
        { communeCode: b, neighbourCode: a, sharedKm: km, isInterprovincial },
      ];
    }),
    (r) => `${r.communeCode}:${r.neighbourCode}`,
  );

/** The 18 Lao units (CLDR names) plus the Cambodian and Chinese admin-1 units found in the neighbours' geometry. */
export const buildForeignUnitRows = (
  laos: LaosFile,
  neighbours: NeighboursFile,
  borderingCodes: Set<string>,
): NewForeignUnit[] => {
  const withGeometry = new Set(neighbours.features.map((f) => f.properties.iso_3166_2));
  const lao = laos.provinces.map(
    (p): NewForeignUnit => ({
      code: p.iso_3166_2,
      countryIso2: 'LA',
      country: 'Laos',
      name: p.name_en,
      nameNaturalEarth: p.name_natural_earth ?? null,
      bordersVietnam: p.borders_vietnam,
      hasGeometry: withGeometry.has(p.iso_3166_2),
      note: p.note ?? null,
    }),
  );
  const laoCodes = new Set(lao.map((l) => l.code));
  const others = neighbours.features
    .filter((f) => !laoCodes.has(f.properties.iso_3166_2))
    .map(
      (f): NewForeignUnit => ({
        code: f.properties.iso_3166_2,
        countryIso2: f.properties.country_iso2,
        country: f.properties.country,
        name: f.properties.name,
        nameNaturalEarth: f.properties.name,
        bordersVietnam: borderingCodes.has(f.properties.iso_3166_2),
        hasGeometry: true,
      }),
    );
  return [...lao, ...others];
};
