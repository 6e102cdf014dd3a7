import type { Db } from '../../../db/connect.ts';
import { AppError } from '../../../http/problem.ts';
import { listUnitNeighbours } from '../adjacency/adjacency.service.ts';
import { countChildren, findUnitRow, type UnitRow } from './units.repo.ts';
import { type ResolvedUnit, resolveUnit, structureAt, type UnitRef } from './units.service.ts';
import type { Structure } from './units.tables.ts';

const notFound = (ref: UnitRef) => {
  const message = `No unit ${ref.code} in the ${ref.structure} structure`;
  return new AppError('not_found', message, { errors: [{ path: 'code', code: 'unknown_unit', message }] });
};

const otherStructure = (structure: Structure): Structure => (structure === 'current' ? 'pre2025' : 'current');

/** Everything a unit page shows; 404 (field `code`, `unknown_unit`) for an unknown unit. */
export const getUnitPage = async (db: Db, ref: UnitRef) => {
  const unit = await findUnitRow(db, ref.structure, ref.code);
  if (!unit) {
    throw notFound(ref);
  }
  const parentCode = unit.districtCode ?? unit.provinceCode;
  const parent = parentCode ? await findUnitRow(db, unit.structure, parentCode) : undefined;
  const province = unit.provinceCode ? await findUnitRow(db, unit.structure, unit.provinceCode) : undefined;
  const to = otherStructure(unit.structure);
  return {
    unit,
    parent,
    province,
    childrenCount: unit.level === 'commune' ? 0 : await countChildren(db, unit),
    neighbours: await listUnitNeighbours(db, unit),
    mapping: { structure: to, units: await resolveUnit(db, ref, to) },
  };
};

/** The unit(s) valid at a date for a unit: itself when the date is in its own structure, else through the mapping. */
export const resolveUnitAt = async (
  db: Db,
  ref: UnitRef,
  at: string,
): Promise<{ from: UnitRow; structure: Structure; units: ResolvedUnit[] }> => {
  const from = await findUnitRow(db, ref.structure, ref.code);
  if (!from) {
    throw notFound(ref);
  }
  const structure = structureAt(new Date(`${at}T12:00:00+07:00`));
  return { from, structure, units: await resolveUnit(db, ref, structure) };
};
