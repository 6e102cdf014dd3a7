import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import {
  listForeignBorderRows,
  listForeignUnitRows,
  listProvinceNeighbourRows,
} from '../adjacency/adjacency.repo.ts';
import { findLatestLoad } from '../refdata/refdata.repo.ts';
import { findUnitRow, listUnitRows, listUnitRowsByCodes } from '../units/units.repo.ts';
import type { Structure } from '../units/units.tables.ts';
import { listMapGeometries } from './geometry.repo.ts';
import { getGeometryCache } from './geometry-cache.ts';

type Props = Record<string, string | number | null>;
export type MapCollection = FeatureCollection<Geometry, Props>;

const toFeatures = (
  shapes: { code: string; mapGeometry: Geometry | null }[],
  props: (code: string) => Props | undefined,
): Feature<Geometry, Props>[] =>
  shapes.flatMap((s) => {
    const properties = props(s.code);
    return s.mapGeometry && properties
      ? [{ type: 'Feature', id: s.code, geometry: s.mapGeometry, properties }]
      : [];
  });

const foreignFeatures = async (db: Db, codes?: string[]) => {
  const units = new Map((await listForeignUnitRows(db)).map((f) => [f.code, f]));
  return toFeatures(await listMapGeometries(db, 'foreign_admin1', codes), (code) => {
    const f = units.get(code);
    return f && { kind: 'foreign', code, name: f.name, countryIso2: f.countryIso2, country: f.country };
  });
};

const provinceFeatures = async (
  db: Db,
  structure: Structure,
  codes: string[] | undefined,
  role?: (code: string) => string,
) => {
  const layer = structure === 'current' ? 'province_current' : 'province_pre2025';
  const shapes = await listMapGeometries(db, layer, codes);
  const units = new Map(
    (
      await listUnitRowsByCodes(
        db,
        structure,
        shapes.map((s) => s.code),
      )
    ).map((u) => [u.code, u]),
  );
  return toFeatures(shapes, (code) => {
    const u = units.get(code);
    return (
      u && {
        kind: 'province',
        structure,
        code,
        name: u.name,
        fullName: u.fullName,
        ...(role ? { role: role(code) } : {}),
      }
    );
  });
};

const prepared = new Map<string, MapCollection>();

/** All provinces of a structure, neighbour countries' admin-1 units and the land border, simplified; built once per load. */
export const getProvincesGeoJson = async (db: Db, structure: Structure): Promise<MapCollection> => {
  await getGeometryCache(db);
  const key = `${(await findLatestLoad(db))?.id}:${structure}`;
  const cached = prepared.get(key);
  if (cached) {
    return cached;
  }
  const border = toFeatures(await listMapGeometries(db, 'national_border'), (code) => ({
    kind: 'national_border',
    countryIso2: code,
  }));
  const collection: MapCollection = {
    type: 'FeatureCollection',
    features: [
      ...(await provinceFeatures(db, structure, undefined)),
      ...(await foreignFeatures(db)),
      ...border,
    ],
  };
  if (prepared.size >= 4) {
    prepared.clear();
  }
  prepared.set(key, collection);
  return collection;
};

/** One province with its neighbouring provinces, bordering foreign units and (current structure) its communes. */
export const getProvinceGeoJson = async (
  db: Db,
  structure: Structure,
  code: string,
): Promise<MapCollection> => {
  await getGeometryCache(db);
  const province = await findUnitRow(db, structure, code);
  if (province?.level !== 'province') {
    const message = `No province ${code} in the ${structure} structure`;
    throw new AppError('not_found', message, { errors: [{ path: 'code', code: 'unknown_unit', message }] });
  }
  const neighbours = (await listProvinceNeighbourRows(db, structure, province.code)).map(
    (n) => n.neighbourCode,
  );
  const foreign = (await listForeignBorderRows(db, structure, 'province', [province.code])).map(
    (f) => f.foreign.code,
  );
  const features = [
    ...(await provinceFeatures(db, structure, [province.code, ...neighbours], (c) =>
      c === province.code ? 'self' : 'neighbour',
    )),
    ...(foreign.length > 0 ? await foreignFeatures(db, foreign) : []),
  ];
  if (structure === 'current') {
    const { rows } = await listUnitRows(
      db,
      { structure, level: 'commune', province: province.code, includeHistorical: false },
      { offset: 0, limit: 10_000 },
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const shapes = await listMapGeometries(db, 'commune_current', [...byCode.keys()]);
    features.push(
      ...toFeatures(shapes, (c) => {
        const u = byCode.get(c);
        return u && { kind: 'commune', code: c, name: u.name, fullName: u.fullName, unitType: u.unitType };
      }),
    );
  }
  return { type: 'FeatureCollection', features };
};
