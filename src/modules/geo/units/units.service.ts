import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { foldVietnamese } from '../../../text/vietnamese.ts';
import {
  findUnitRow,
  listDistrictCommuneCodes,
  listMappingsFrom,
  listMappingsTo,
  listUnitRows,
  listUnitRowsByCodes,
  type MappingRow,
  type UnitFilter,
  type UnitRow,
} from './units.repo.ts';
import type { MappingQa, MappingType, Structure } from './units.tables.ts';

export type { UnitRow };
export type UnitRef = { structure: Structure; code: string };
export type ResolvedUnit = { unit: UnitRow; type: MappingType; qa: MappingQa | null };

/** The first day of the current structure (Resolution 202/2025/QH15). */
export const CURRENT_STRUCTURE_FROM = new Date('2025-07-01T00:00:00+07:00');

/** The structure in force at a moment: before 2025-07-01 (Vietnam time) the former one, from then the current one. */
export const structureAt = (date: Date): Structure => (date < CURRENT_STRUCTURE_FROM ? 'pre2025' : 'current');

/** The unit with this code in this structure, or undefined. */
export const findUnit = (db: Db, ref: UnitRef): Promise<UnitRow | undefined> =>
  findUnitRow(db, ref.structure, ref.code);

/** The unit with this code in this structure; 422 `unknown_unit` naming `field` when there is none. */
export const getUnit = async (db: Db, ref: UnitRef, field = 'unitCode'): Promise<UnitRow> => {
  const unit = await findUnit(db, ref);
  if (!unit) {
    const message = `No unit ${ref.code} in the ${ref.structure} structure`;
    throw new AppError('unknown_unit', message, { errors: [{ path: field, code: 'unknown_unit', message }] });
  }
  return unit;
};

/** The units of a structure with these codes (missing codes are left out), in one query: for checks over many units. */
export const findUnitsByCodes = (db: Db, structure: Structure, codes: string[]): Promise<UnitRow[]> =>
  listUnitRowsByCodes(db, structure, codes);

/** A page of units matching a folded query, in Vietnamese alphabetical order. */
export const listUnits = (
  db: Db,
  filter: Omit<UnitFilter, 'folded'> & { q?: string },
  page: { page: number; pageSize: number },
) => {
  const folded = filter.q ? foldVietnamese(filter.q) : undefined;
  return listUnitRows(
    db,
    { ...filter, folded: folded || undefined },
    { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
  );
};

const merge = (rows: { code: string; type: MappingType; qa: MappingQa | null }[]) => {
  const byCode = new Map<string, { type: MappingType; qa: MappingQa | null }>();
  for (const row of rows) {
    const seen = byCode.get(row.code);
    byCode.set(row.code, {
      type: seen && (seen.type === 'partial' || row.type === 'partial') ? 'partial' : row.type,
      qa: seen?.qa ?? row.qa,
    });
  }
  return byCode;
};

const forward = async (db: Db, unit: UnitRow): Promise<MappingRow[]> => {
  if (unit.level !== 'district') {
    return listMappingsFrom(db, unit.level, [unit.code]);
  }
  const island = await listMappingsFrom(db, 'district', [unit.code]);
  return island.length > 0
    ? island
    : listMappingsFrom(db, 'commune', await listDistrictCommuneCodes(db, unit.code));
};

const backward = (db: Db, unit: UnitRow): Promise<MappingRow[]> =>
  unit.level === 'province'
    ? listMappingsTo(db, ['province'], unit.code)
    : listMappingsTo(db, ['commune', 'district'], unit.code);

/**
 * The unit(s) a unit became in the other structure (old → new) or came from (new → old), each `full` or `partial`.
 * A pre-2025 district resolves through its communes; a historical unit without a known successor gives [].
 */
export const resolveUnit = async (db: Db, ref: UnitRef, to: Structure): Promise<ResolvedUnit[]> => {
  const unit = await getUnit(db, ref, 'code');
  if (unit.structure === to) {
    return [{ unit, type: 'full', qa: null }];
  }
  const rows = unit.structure === 'pre2025' ? await forward(db, unit) : await backward(db, unit);
  const pick = (row: MappingRow) => (unit.structure === 'pre2025' ? row.newCode : row.oldCode);
  const byCode = merge(rows.map((row) => ({ code: pick(row), type: row.type, qa: row.qa })));
  const units = await listUnitRowsByCodes(db, to, [...byCode.keys()]);
  return units.map((target) => ({
    unit: target,
    type: byCode.get(target.code)?.type ?? 'full',
    qa: byCode.get(target.code)?.qa ?? null,
  }));
};
