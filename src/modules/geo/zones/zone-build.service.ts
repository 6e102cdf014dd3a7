import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import {
  findForeignUnitRow,
  listCommuneNeighbourRows,
  listForeignBorderRows,
  listInterprovincialCommunes,
} from '../adjacency/adjacency.repo.ts';
import { areProvincesAdjacent } from '../adjacency/adjacency.service.ts';
import { getGeometryCache } from '../geometry/geometry-cache.ts';
import { areBboxesNear, polygonDistanceToSegmentsKm, type Segments } from '../geometry/planar.ts';
import { listUnitRows, listUnitRowsByCodes, type UnitRow } from '../units/units.repo.ts';
import { getUnit, resolveUnit } from '../units/units.service.ts';
import type { Structure } from '../units/units.tables.ts';
import type { MemberLevel } from './zones.tables.ts';

export type MemberDraft = { structure: Structure; code: string; level: MemberLevel; jurisdiction: string };

const FOREIGN_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const notAdjacent = (path: string, message: string) =>
  new AppError('units_not_adjacent', message, { errors: [{ path, code: 'units_not_adjacent', message }] });

/** A unit or foreign admin-1 unit as a zone member; 422 `unknown_unit` at `path` when it does not exist. */
const memberOf = async (
  db: Db,
  structure: Structure,
  code: string,
  path: string,
): Promise<MemberDraft & { unit?: UnitRow }> => {
  if (FOREIGN_CODE.test(code)) {
    const foreign = await findForeignUnitRow(db, code);
    if (!foreign) {
      const message = `No foreign unit ${code}`;
      throw new AppError('unknown_unit', message, { errors: [{ path, code: 'unknown_unit', message }] });
    }
    return { structure, code, level: 'foreign', jurisdiction: code };
  }
  const unit = await getUnit(db, { structure, code }, path);
  return { structure, code, level: unit.level, jurisdiction: unit.provinceCode ?? unit.code, unit };
};

/** The current communes that cover a commune or district: itself, or what it became. */
const footprintOf = async (db: Db, member: MemberDraft): Promise<string[]> => {
  if (member.level === 'province' || member.level === 'foreign') return [];
  if (member.structure === 'current') return [member.code];
  return (await resolveUnit(db, member, 'current')).map((r) => r.unit.code);
};

type Context = {
  footprints: Map<string, string[]>;
  neighbourProvince: Map<string, Set<string>>;
  neighbours: Map<string, Set<string>>;
  foreignOf: Map<string, Set<string>>;
};

const prepare = async (db: Db, structure: Structure, members: MemberDraft[]): Promise<Context> => {
  const footprints = new Map<string, string[]>();
  for (const m of members) footprints.set(m.code, await footprintOf(db, m));
  const all = [...new Set([...footprints.values()].flat())];
  const rows = await listCommuneNeighbourRows(db, all);
  const neighbourUnits = new Map(
    (await listUnitRowsByCodes(db, 'current', [...new Set(rows.map((r) => r.neighbourCode))])).map((u) => [
      u.code,
      u,
    ]),
  );
  const neighbours = new Map<string, Set<string>>();
  const neighbourProvince = new Map<string, Set<string>>();
  for (const r of rows) {
    neighbours.set(r.communeCode, (neighbours.get(r.communeCode) ?? new Set()).add(r.neighbourCode));
    const u = neighbourUnits.get(r.neighbourCode);
    const province = structure === 'current' ? u?.provinceCode : u?.pre2025ProvinceCode;
    if (province)
      neighbourProvince.set(r.communeCode, (neighbourProvince.get(r.communeCode) ?? new Set()).add(province));
  }
  const foreignOf = new Map<string, Set<string>>();
  for (const f of await listForeignBorderRows(db, 'current', 'commune', all)) {
    foreignOf.set(f.unitCode, (foreignOf.get(f.unitCode) ?? new Set()).add(f.foreign.code));
  }
  return { footprints, neighbourProvince, neighbours, foreignOf };
};

const touches = async (db: Db, ctx: Context, a: MemberDraft, b: MemberDraft): Promise<boolean> => {
  const fa = ctx.footprints.get(a.code) ?? [];
  const fb = ctx.footprints.get(b.code) ?? [];
  if (a.level === 'province' && b.level === 'province')
    return areProvincesAdjacent(db, a.structure, a.code, b.code);
  if (a.level === 'foreign' && b.level === 'foreign') return false;
  if (a.level === 'foreign' || b.level === 'foreign') {
    const [foreign, other, footprint] = a.level === 'foreign' ? [a, b, fb] : [b, a, fa];
    if (other.level === 'province') {
      return (await listForeignBorderRows(db, other.structure, 'province', [other.code])).some(
        (f) => f.foreign.code === foreign.code,
      );
    }
    return footprint.some((c) => ctx.foreignOf.get(c)?.has(foreign.code));
  }
  if (a.level === 'province' || b.level === 'province') {
    const [province, other, footprint] = a.level === 'province' ? [a, b, fb] : [b, a, fa];
    return (
      other.jurisdiction === province.code ||
      footprint.some((c) => ctx.neighbourProvince.get(c)?.has(province.code))
    );
  }
  return fa.some((c) => fb.includes(c) || fb.some((d) => ctx.neighbours.get(c)?.has(d)));
};

/**
 * Checks a units zone: every unit exists (422 `unknown_unit` at `units.i.code`), they form one connected group
 * (422 `units_not_adjacent` at the first unit that touches none of the group) and span two jurisdictions.
 */
export const buildUnitMembers = async (
  db: Db,
  structure: Structure,
  codes: string[],
): Promise<MemberDraft[]> => {
  const members: MemberDraft[] = [];
  for (const [i, code] of codes.entries())
    members.push(await memberOf(db, structure, code, `units.${i}.code`));
  const ctx = await prepare(db, structure, members);
  const reached = new Set<number>([0]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [i, m] of members.entries()) {
      if (reached.has(i)) continue;
      for (const j of [...reached]) {
        const other = members[j];
        if (other && (await touches(db, ctx, m, other))) {
          reached.add(i);
          grew = true;
          break;
        }
      }
    }
  }
  const stray = members.findIndex((_, i) => !reached.has(i));
  if (stray >= 0) {
    throw notAdjacent(
      `units.${stray}.code`,
      `Unit ${codes[stray]} does not touch the other units of the zone`,
    );
  }
  if (new Set(members.map((m) => m.jurisdiction)).size < 2) {
    const message = 'A border zone needs units of at least two jurisdictions';
    throw new AppError('zone_single_jurisdiction', message, {
      errors: [{ path: 'units', code: 'zone_single_jurisdiction', message }],
    });
  }
  return members;
};

const communeCodesOf = async (db: Db, province: string) =>
  (
    await listUnitRows(
      db,
      { structure: 'current', level: 'commune', province, includeHistorical: false },
      { offset: 0, limit: 10_000 },
    )
  ).rows.map((r) => r.code);

const checkProvinces = async (db: Db, structure: Structure, provinces: string[], field: string) => {
  for (const [i, code] of provinces.entries()) await getUnit(db, { structure, code }, `${field}.${i}`);
  for (const [i, code] of provinces.entries()) {
    const others = provinces.filter((p) => p !== code);
    const adjacent = await Promise.all(others.map((o) => areProvincesAdjacent(db, structure, code, o)));
    if (!adjacent.some(Boolean)) {
      throw notAdjacent(`${field}.${i}`, `Province ${code} borders none of the other provinces`);
    }
  }
};

/** The communes of two adjacent current provinces that touch the other province: the "địa bàn giáp ranh" of the pair. */
export const buildBorderCommuneMembers = async (db: Db, [a, b]: [string, string]): Promise<MemberDraft[]> => {
  await checkProvinces(db, 'current', [a, b], 'borderCommunesOf');
  const [ofA, ofB] = [await communeCodesOf(db, a), await communeCodesOf(db, b)];
  const rows = await listInterprovincialCommunes(db, ofA, ofB);
  const codesA = new Set(rows.map((r) => r.communeCode));
  const codesB = new Set(rows.map((r) => r.neighbourCode));
  return [
    ...[...codesA].map(
      (code): MemberDraft => ({ structure: 'current', code, level: 'commune', jurisdiction: a }),
    ),
    ...[...codesB].map(
      (code): MemberDraft => ({ structure: 'current', code, level: 'commune', jurisdiction: b }),
    ),
  ];
};

/** The shared boundary lines of the adjacent pairs among some provinces, as one segment array. */
export const beltAxis = async (db: Db, structure: Structure, provinces: string[]): Promise<Segments> => {
  const cache = await getGeometryCache(db);
  const parts = [...cache.pairLines[structure]]
    .filter(([pair]) => pair.split(':').every((code) => provinces.includes(code)))
    .map(([, segments]) => segments);
  const axis = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    axis.set(p, at);
    at += p.length;
  }
  return axis;
};

const bboxOfSegments = (s: Segments) => {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (let i = 0; i < s.length; i += 2) {
    box.minLon = Math.min(box.minLon, s[i] ?? 0);
    box.maxLon = Math.max(box.maxLon, s[i] ?? 0);
    box.minLat = Math.min(box.minLat, s[i + 1] ?? 0);
    box.maxLat = Math.max(box.maxLat, s[i + 1] ?? 0);
  }
  return box;
};

/** The current communes on either side of the provinces' shared boundary that come within `beltKm` of it. */
export const buildBeltMembers = async (
  db: Db,
  input: { structure: Structure; provinces: string[]; beltKm: number },
): Promise<MemberDraft[]> => {
  await checkProvinces(db, input.structure, input.provinces, 'provinces');
  const cache = await getGeometryCache(db);
  const axis = await beltAxis(db, input.structure, input.provinces);
  const box = bboxOfSegments(axis);
  return cache.communes.flatMap((c): MemberDraft[] => {
    const side = input.structure === 'current' ? c.provinceCode : c.pre2025ProvinceCode;
    if (!side || !input.provinces.includes(side)) return [];
    const near = areBboxesNear(c.bbox, box, input.beltKm);
    if (!near || polygonDistanceToSegmentsKm(c.geometry, axis) > input.beltKm) return [];
    return [{ structure: 'current', code: c.code, level: 'commune', jurisdiction: side }];
  });
};
