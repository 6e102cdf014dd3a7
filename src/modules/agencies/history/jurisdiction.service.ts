import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError, type FieldIssue } from '../../../http/problem.ts';
import { type AgencyRow, listJurisdictions, replaceJurisdictions } from '../agencies.repo.ts';
import type { JurisdictionBody } from '../agencies.schemas.ts';
import { changeAgencyAtVersion, getAgency } from '../agencies.service.ts';
import { periodIssue } from '../periods.ts';
import {
  checkUnitsExist,
  describeJurisdictionOn,
  type JurisdictionUnit,
  type Structure,
  structurePeriodIssue,
} from './units.ts';

/** How the unit codes are checked: against the loaded reference data, or (demo seed) taken as given. */
export type UnitCheck = 'reference_data' | 'trusted';

const rowIssues = (units: JurisdictionBody['units']): FieldIssue[] =>
  units.flatMap((unit, index) => {
    const period = { validFrom: unit.validFrom ?? null, validUntil: unit.validUntil ?? null };
    const path = `units.${index}`;
    const issue =
      periodIssue(period, `${path}.validUntil`) ?? structurePeriodIssue({ ...unit, ...period }, path);
    return issue ? [issue] : [];
  });

/**
 * Replaces an agency's jurisdiction (units in either structure, with valid time) at the version the caller saw.
 * The demo seed passes `unitCheck: 'trusted'` because it may run before the reference data is loaded.
 */
export const setJurisdiction = (
  ctx: RequestContext,
  agencyId: string,
  input: JurisdictionBody,
  unitCheck: UnitCheck = 'reference_data',
): Promise<AgencyRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getAgency(trx, agencyId);
    const issues = rowIssues(input.units);
    if (issues.length > 0) {
      throw new AppError('invalid_period', 'A unit period is not sound', { errors: issues });
    }
    if (unitCheck === 'reference_data') {
      await checkUnitsExist(trx, input.units, 'units');
    }
    await replaceJurisdictions(
      trx,
      agencyId,
      input.units.map((unit) => ({
        id: uuidv7(),
        agencyId,
        structure: unit.structure,
        unitCode: unit.unitCode,
        validFrom: unit.validFrom ?? null,
        validUntil: unit.validUntil ?? null,
      })),
    );
    return changeAgencyAtVersion(
      ctx,
      trx,
      { agencyId, version: input.version, eventType: 'agency.jurisdiction_set' },
      {},
    );
  });

/**
 * The units an agency covers on a day in the asked structure (its own rows, or rows of the other structure resolved
 * through the old↔new mapping): what other modules check places against, e.g. an agreement's zones.
 */
export const listAgencyUnitsOn = async (
  db: Db,
  agencyId: string,
  day: string,
  structure: Structure,
): Promise<JurisdictionUnit[]> =>
  describeJurisdictionOn(db, await listJurisdictions(db, agencyId), day, structure);
