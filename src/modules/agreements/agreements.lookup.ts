import type { Db } from '../../db/connect.ts';
import {
  type AgreementRow,
  findAgreementById,
  findAgreementByTitle,
  listPartyRows,
  listZoneIds,
} from './agreements.repo.ts';

/** The agreement with this exact title, or undefined: how the demo seed finds what it already loaded. */
export const findAgreementWithTitle = (db: Db, title: string): Promise<AgreementRow | undefined> =>
  findAgreementByTitle(db, title);

/** The ids of the border zones an agreement covers. */
export const listAgreementZoneIds = (db: Db, agreementId: string): Promise<string[]> =>
  listZoneIds(db, agreementId);

/** The agencies party to any of these agreements, each once. */
export const listAgreementPartyAgencyIds = async (db: Db, agreementIds: string[]): Promise<string[]> => [
  ...new Set((await listPartyRows(db, agreementIds)).map((party) => party.agencyId)),
];

/** The agreement with this id, or undefined (every logged-in user may read agreements). */
export const findAgreement = (db: Db, id: string): Promise<AgreementRow | undefined> =>
  findAgreementById(db, id);
