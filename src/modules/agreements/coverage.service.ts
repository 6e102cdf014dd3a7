import type { Db } from '../../db/connect.ts';
import { COVERING_STATUSES } from './agreements.policy.ts';
import { type AgreementRow, listCoveringAgreementRows } from './agreements.repo.ts';
import type { CrimeDomain } from './agreements.tables.ts';

/** What the sharing policy asks of agreements about a record: its parties, domain, day and the zones holding its place. */
export type CoverageQuery = {
  agencyIds: readonly string[];
  domain: CrimeDomain;
  at: string;
  zoneIds?: readonly string[];
};

/**
 * The agreements in force on `at` (in force, or since expired or superseded after that day) whose parties include
 * every agency named, whose scope includes the domain and, when `zoneIds` is given, that cover one of those zones
 * (an agreement whose zones are not stated covers no place): one indexed query, for the sharing policy.
 */
export const findAgreementsCovering = (db: Db, query: CoverageQuery): Promise<AgreementRow[]> =>
  listCoveringAgreementRows(db, { ...query, statuses: COVERING_STATUSES });
