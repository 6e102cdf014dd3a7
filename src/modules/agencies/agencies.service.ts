import type { Db } from '../../db/connect.ts';
import {
  type AgencyRow,
  findAgencyByCode,
  findAgencyById,
  insertAgency,
  type NewAgency,
} from './agencies.repo.ts';

export type { AgencyRow };

/** The agency with this id, or undefined. */
export const findAgency = (db: Db, id: string): Promise<AgencyRow | undefined> => findAgencyById(db, id);

/** The agency with this code (e.g. `CA-HY`), or undefined. */
export const findAgencyWithCode = (db: Db, code: string): Promise<AgencyRow | undefined> =>
  findAgencyByCode(db, code);

/** Registers an agency; the geography issue will add jurisdictions and an admin screen. */
export const createAgency = (db: Db, agency: NewAgency): Promise<AgencyRow> => insertAgency(db, agency);
