import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import type { Country } from '../adjacency/adjacency.tables.ts';
import {
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoProvinceNeighbours,
} from '../adjacency/adjacency.tables.ts';
import { geoGeometries } from '../geometry/geometry.tables.ts';
import { geoUnitMappings, geoUnits, type Structure } from '../units/units.tables.ts';
import { deleteReferenceRows, findLatestLoad, insertInChunks, insertLoad } from './refdata.repo.ts';
import {
  buildAdjacencyRows,
  buildCommuneNeighbourRows,
  buildForeignUnitRows,
} from './refdata-adjacency.rows.ts';
import {
  LaosFile,
  MappingFile,
  NeighboursFile,
  ProvincesAdjacencyFile,
  REFDATA_FILES,
  type RefdataFileKey,
  TopologyFile,
  UnitsCurrentFile,
  UnitsPre2025File,
  WardsAdjacencyFile,
} from './refdata-files.schemas.ts';
import { buildGeometryRows } from './refdata-geometry.rows.ts';
import { buildMappingRows, buildUnitRows } from './refdata-units.rows.ts';

export type LoadOptions = { clock?: () => Date; onProgress?: (line: string) => void };
export type LoadResult = {
  status: 'loaded' | 'unchanged';
  loadId: string;
  counts: Record<string, number>;
  durationMs: number;
};

/** Whether the reference folder is there: the files the loader needs exist in it. */
export const hasRefDataFolder = (dir: string): boolean =>
  Object.values(REFDATA_FILES).every((file) => existsSync(join(dir, file)));

const FILE_ENTRIES = Object.entries(REFDATA_FILES) as [RefdataFileKey, string][];

/** The SHA-256 of every file and of them all: the identity of a data set. */
export const fingerprintRefData = (dir: string) => {
  const files: Record<string, string> = {};
  for (const [, file] of FILE_ENTRIES) {
    files[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  }
  const fingerprint = createHash('sha256')
    .update(
      Object.entries(files)
        .map(([file, hash]) => `${file}:${hash}`)
        .join('\n'),
    )
    .digest('hex');
  return { files, fingerprint };
};

const readAll = (dir: string) => {
  const texts = {} as Record<RefdataFileKey, string>;
  for (const [key, file] of FILE_ENTRIES) {
    texts[key] = readFileSync(join(dir, file), 'utf8');
  }
  return { texts, ...fingerprintRefData(dir) };
};

const parseFile = <S extends z.ZodType>(schema: S, text: string, file: string): z.infer<S> => {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'refdata_unavailable',
      `${file} is not in the expected format: ${first?.path.join('.')} ${first?.message}`,
    );
  }
  return parsed.data;
};

const pairsOf = (list: { code: string; neighbours: { code: string }[] }[]): [string, string][] =>
  list.flatMap((p) =>
    p.neighbours.filter((n) => p.code < n.code).map((n): [string, string] => [p.code, n.code]),
  );

/** Reads and checks every file, then derives all rows; no database work happens here. */
export const prepareRefData = (dir: string, progress: (line: string) => void = () => {}) => {
  const { texts, files, fingerprint } = readAll(dir);
  const current = parseFile(UnitsCurrentFile, texts.unitsCurrent, REFDATA_FILES.unitsCurrent);
  const pre2025 = parseFile(UnitsPre2025File, texts.unitsPre2025, REFDATA_FILES.unitsPre2025);
  const mapping = parseFile(MappingFile, texts.mapping, REFDATA_FILES.mapping);
  const provinces = parseFile(
    ProvincesAdjacencyFile,
    texts.provincesAdjacency,
    REFDATA_FILES.provincesAdjacency,
  );
  const wards = parseFile(WardsAdjacencyFile, texts.wardsAdjacency, REFDATA_FILES.wardsAdjacency);
  const laos = parseFile(LaosFile, texts.laos, REFDATA_FILES.laos);
  const neighbours = parseFile(NeighboursFile, texts.neighbours, REFDATA_FILES.neighbours);
  const topology = parseFile(TopologyFile, texts.topology, REFDATA_FILES.topology) as unknown as Topology;
  progress('files read and checked');
  const borderCommunes = new Map<string, Set<Country>>(
    wards.national_border.map((c) => [c.code, new Set(c.foreign.map((f) => f.country_iso2))]),
  );
  const pairs: Record<Structure, [string, string][]> = {
    current: pairsOf(provinces.provinces),
    pre2025: pairsOf(provinces.pre2025_provinces),
  };
  const geometry = buildGeometryRows({ topology, neighbours, pairs, borderCommunes });
  progress(`geometry prepared (${geometry.rows.length} shapes and lines)`);
  const units = buildUnitRows(current, pre2025, geometry.extras);
  const provinceOf = new Map(current.wards.map((w) => [w.code, w.province_code]));
  const adjacency = buildAdjacencyRows(provinces, wards);
  const bordering = new Set(adjacency.foreignBorders.map((b) => b.foreignCode));
  return {
    fingerprint,
    files,
    dataAsOf: current.meta.data_as_of?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null,
    units,
    mappings: buildMappingRows(mapping),
    provinceNeighbours: adjacency.provinceNeighbours,
    foreignBorders: adjacency.foreignBorders,
    communeNeighbours: buildCommuneNeighbourRows(wards, provinceOf),
    foreignUnits: buildForeignUnitRows(laos, neighbours, bordering),
    geometries: geometry.rows,
  };
};
export type PreparedRefData = ReturnType<typeof prepareRefData>;

const countsOf = (data: PreparedRefData): Record<string, number> => ({
  provincesCurrent: data.units.filter((u) => u.structure === 'current' && u.level === 'province').length,
  communesCurrent: data.units.filter((u) => u.structure === 'current' && u.level === 'commune').length,
  provincesPre2025: data.units.filter((u) => u.structure === 'pre2025' && u.level === 'province').length,
  districtsPre2025: data.units.filter((u) => u.structure === 'pre2025' && u.level === 'district').length,
  communesPre2025: data.units.filter((u) => u.structure === 'pre2025' && u.level === 'commune').length,
  mappings: data.mappings.length,
  provinceNeighbours: data.provinceNeighbours.length,
  communeNeighbours: data.communeNeighbours.length,
  foreignBorders: data.foreignBorders.length,
  foreignUnits: data.foreignUnits.length,
  geometries: data.geometries.length,
});

/** Writes prepared reference data, replacing the reference tables in one transaction (or nothing if unchanged). */
export const storeRefData = async (
  db: Db,
  dir: string,
  data: PreparedRefData,
  options: LoadOptions & { startedAt: number },
): Promise<LoadResult> => {
  const progress = options.onProgress ?? (() => {});
  const latest = await findLatestLoad(db);
  if (latest?.fingerprint === data.fingerprint) {
    return { status: 'unchanged', loadId: latest.id, counts: latest.counts, durationMs: 0 };
  }
  const counts = countsOf(data);
  const loadId = uuidv7();
  await withTransaction(db, async (trx) => {
    await deleteReferenceRows(trx);
    await insertInChunks(trx, geoUnits, data.units);
    progress(`units: ${data.units.length}`);
    await insertInChunks(trx, geoUnitMappings, data.mappings);
    await insertInChunks(trx, geoProvinceNeighbours, data.provinceNeighbours);
    await insertInChunks(trx, geoCommuneNeighbours, data.communeNeighbours);
    await insertInChunks(trx, geoForeignBorders, data.foreignBorders);
    await insertInChunks(trx, geoForeignUnits, data.foreignUnits);
    progress(
      `mapping ${data.mappings.length}, adjacency ${data.provinceNeighbours.length + data.communeNeighbours.length}`,
    );
    await insertInChunks(trx, geoGeometries, data.geometries);
    progress(`geometries: ${data.geometries.length}`);
    const at = (options.clock ?? (() => new Date()))();
    const durationMs = Math.round(performance.now() - options.startedAt);
    await insertLoad(trx, {
      id: loadId,
      sourceDir: dir,
      fingerprint: data.fingerprint,
      files: data.files,
      counts,
      dataAsOf: data.dataAsOf,
      loadedAt: at,
      durationMs,
    });
  });
  return { status: 'loaded', loadId, counts, durationMs: Math.round(performance.now() - options.startedAt) };
};

/**
 * Loads the reference folder into the database: idempotent (the same files again change nothing), and a newer data
 * set replaces every reference table in one transaction. Zones keep their unit codes.
 */
export const loadRefData = async (db: Db, dir: string, options: LoadOptions = {}): Promise<LoadResult> => {
  const startedAt = performance.now();
  if (!hasRefDataFolder(dir)) {
    throw new AppError(
      'refdata_unavailable',
      `No reference data folder at ${dir} (expected ${Object.values(REFDATA_FILES).join(', ')})`,
    );
  }
  const latest = await findLatestLoad(db);
  if (latest && latest.fingerprint === fingerprintRefData(dir).fingerprint) {
    return { status: 'unchanged', loadId: latest.id, counts: latest.counts, durationMs: 0 };
  }
  const data = prepareRefData(dir, options.onProgress);
  return storeRefData(db, dir, data, { ...options, startedAt });
};

export type RefDataStartup =
  | { state: 'present'; dir: string }
  | { state: 'loaded'; dir: string; result: LoadResult }
  | { state: 'missing'; dir: string };

/** At server start: loads the folder when the reference tables are empty, and says plainly when it is missing. */
export const ensureRefData = async (
  db: Db,
  dir: string,
  options: LoadOptions = {},
): Promise<RefDataStartup> => {
  if (await findLatestLoad(db)) {
    return { state: 'present', dir };
  }
  if (!hasRefDataFolder(dir)) {
    return { state: 'missing', dir };
  }
  return { state: 'loaded', dir, result: await loadRefData(db, dir, options) };
};

/** The start-up line about the reference data; for a missing folder, where it looked and what is unavailable. */
export const describeRefDataStartup = (startup: RefDataStartup): string => {
  if (startup.state === 'missing') {
    return (
      `Reference data not found in ${startup.dir} (set GIAPRANH_REFDATA or run \`npx giapranh refdata load DIR\`): ` +
      'maps, communes, point lookups and border zones are unavailable until it is loaded.'
    );
  }
  if (startup.state === 'loaded') {
    return `Reference data loaded from ${startup.dir} in ${startup.result.durationMs} ms`;
  }
  return `Reference data present (loaded earlier; source folder ${startup.dir})`;
};
