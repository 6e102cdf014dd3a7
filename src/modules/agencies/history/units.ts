// The agencies module's only door to the geo module: unit checks, names and old↔new resolution.
import type { Db } from '../../../db/connect.ts';
import { AppError, type FieldIssue } from '../../../http/problem.ts';
import {
  findForeignUnit,
  findRefDataLoad,
  findUnit,
  getUnit,
  resolveUnit,
  type Structure,
  structureAt,
} from '../../geo/index.ts';
import type { JurisdictionRow } from '../agencies.repo.ts';
import { isValidOn, type Period } from '../periods.ts';

export type { Structure };

/** The structure in force on a calendar day in Vietnam: `pre2025` before 2025-07-01, `current` from then on. */
export const structureOn = (day: string): Structure => structureAt(new Date(`${day}T12:00:00+07:00`));

/** Foreign admin-1 units (e.g. `LA-XE` Sekong) use ISO 3166-2 codes and are the same in both structures. */
const isForeignCode = (code: string) => /^[A-Z]{2}-/.test(code);

const previousDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The issue of a Vietnamese unit row whose period reaches outside the structure it is coded in, if any. */
export const structurePeriodIssue = (
  row: Period & { structure: Structure; unitCode: string },
  path: string,
): FieldIssue | undefined => {
  if (isForeignCode(row.unitCode)) {
    return undefined;
  }
  const message = `a ${row.structure} unit code holds only while that structure is in force`;
  if (
    row.structure === 'pre2025' &&
    (row.validUntil === null || structureOn(previousDay(row.validUntil)) !== 'pre2025')
  ) {
    return { path: `${path}.validUntil`, code: 'invalid_period', message };
  }
  if (row.structure === 'current' && (row.validFrom === null || structureOn(row.validFrom) !== 'current')) {
    return { path: `${path}.validFrom`, code: 'invalid_period', message };
  }
  return undefined;
};

/**
 * Throws 422 `unknown_unit` naming the field of the first unit that does not exist in its structure (or, for a
 * foreign code, among the neighbouring countries' units); 503 `refdata_unavailable` before the data is loaded.
 */
export const checkUnitsExist = async (
  db: Db,
  units: readonly { structure: Structure; unitCode: string }[],
  path: string,
): Promise<void> => {
  if (units.length > 0 && !(await findRefDataLoad(db))) {
    throw new AppError('refdata_unavailable', 'Load the reference data before setting a jurisdiction');
  }
  for (const [index, unit] of units.entries()) {
    const field = `${path}.${index}.unitCode`;
    if (!isForeignCode(unit.unitCode)) {
      await getUnit(db, { structure: unit.structure, code: unit.unitCode }, field);
    } else if (!(await findForeignUnit(db, unit.unitCode))) {
      const message = `No foreign unit ${unit.unitCode}`;
      throw new AppError('unknown_unit', message, {
        errors: [{ path: field, code: 'unknown_unit', message }],
      });
    }
  }
};

/** The official full name of a unit, or null when the reference data does not know it (or is not loaded). */
export const findUnitName = async (db: Db, structure: Structure, code: string): Promise<string | null> => {
  if (isForeignCode(code)) {
    return (await findForeignUnit(db, code))?.name ?? null;
  }
  return (await findUnit(db, { structure, code }))?.fullName ?? null;
};

export type JurisdictionUnit = {
  structure: Structure;
  unitCode: string;
  unitName: string | null;
  derived: boolean;
};

const resolveRow = async (db: Db, row: JurisdictionRow, to: Structure): Promise<JurisdictionUnit[]> => {
  const ref = { structure: row.structure, code: row.unitCode };
  if (isForeignCode(row.unitCode) || !(await findUnit(db, ref))) {
    return [];
  }
  return (await resolveUnit(db, ref, to)).map(({ unit }) => ({
    structure: to,
    unitCode: unit.code,
    unitName: unit.fullName,
    derived: true,
  }));
};

/**
 * The units an agency covers on a day in the asked structure: its own rows in that structure, or else its rows
 * of the other structure resolved through the old↔new mapping (marked `derived`; empty without reference data).
 */
export const describeJurisdictionOn = async (
  db: Db,
  rows: readonly JurisdictionRow[],
  day: string,
  structure: Structure,
): Promise<JurisdictionUnit[]> => {
  const valid = rows.filter((row) => isValidOn(row, day));
  const direct = valid.filter((row) => row.structure === structure);
  if (direct.length > 0 || valid.length === 0) {
    return Promise.all(
      direct.map(async (row) => ({
        structure,
        unitCode: row.unitCode,
        unitName: await findUnitName(db, structure, row.unitCode),
        derived: false,
      })),
    );
  }
  const resolved = new Map<string, JurisdictionUnit>();
  for (const row of valid) {
    for (const unit of await resolveRow(db, row, structure)) {
      resolved.set(unit.unitCode, unit);
    }
  }
  return [...resolved.values()];
};
