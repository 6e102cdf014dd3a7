import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connect.ts';
import { levelRank, levelRankSql, type SharedRecordKind, type SharingLevel } from '../sharing/levels.ts';
import { COVERING_STATUSES } from './agreements.policy.ts';
import {
  type AgreementRow,
  listCoveringAgreementRows,
  listObligationRows,
  listPartyRows,
  listZoneIds,
} from './agreements.repo.ts';
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

/**
 * The agreements in force on `at` (status `in_force`, period holding that day) whose parties include every agency
 * named, whatever their scope: what binds two forces to answer each other, e.g. the reply deadlines of exchanges.
 */
export const listAgreementsInForceBetween = (
  db: Db,
  agencyIds: readonly string[],
  at: string,
): Promise<AgreementRow[]> => listCoveringAgreementRows(db, { agencyIds, at, statuses: ['in_force'] });

/** The record's columns the agreement rule reads: owner, crime domain, the day it speaks of, the zones of its place. */
export type CoveredRecordColumns = {
  ownerAgencyId: AnyPgColumn;
  crimeDomain: AnyPgColumn;
  recordedOn: AnyPgColumn;
  zoneIds: AnyPgColumn;
};

/**
 * The agreement rule as a correlated SQL expression, for the sharing policy's visibility fragment: the highest rank
 * (0 none, 1 pointer, 2 summary, 3 full) that an agreement grants the viewer's agency on a record. An agreement
 * grants when it covers the record's day (in a covering status), its domain and a zone of its place, and both the
 * viewer and the owner are parties; the level is the highest of its obligations for the record kind that bind the
 * owner (its own, or every party's), and `pointer` when it names none: parties always learn whom to ask.
 * `listAgreementGrants` is the same rule row by row; a test holds the two equal.
 */
export const agreementGrantRank = (
  viewerAgencyId: string,
  record: CoveredRecordColumns,
  kind: SharedRecordKind,
): SQL<number> => sql<number>`(
  select coalesce(max(${levelRankSql(sql`coalesce(o.level, 'pointer')`)}), 0)
  from agreements a
  join agreement_parties pv on pv.agreement_id = a.id and pv.agency_id = ${viewerAgencyId}
  join agreement_parties po on po.agreement_id = a.id and po.agency_id = ${record.ownerAgencyId}
  left join agreement_obligations o on o.agreement_id = a.id and o.record_kind = ${kind}
    and (o.agency_id is null or o.agency_id = ${record.ownerAgencyId})
  where a.status in (${sql.join(
    COVERING_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  )})
    and ${record.crimeDomain} = any(a.domains)
    and (coalesce(a.effective_from, a.signed_on) is null or coalesce(a.effective_from, a.signed_on) <= ${record.recordedOn})
    and (a.effective_until is null or ${record.recordedOn} < a.effective_until)
    and exists (select 1 from agreement_zones z where z.agreement_id = a.id and z.zone_id = any(${record.zoneIds}))
)`;

/** One agreement's grant on a record: to which parties, through which of the record's zones, at what level. */
export type AgreementGrant = {
  agreement: AgreementRow;
  partyAgencyIds: string[];
  zoneIds: string[];
  level: SharingLevel;
};

/**
 * Every agreement that grants something on a record of `kind` owned by `ownerAgencyId` (the rule of
 * `agreementGrantRank`, row by row): for the explanation of a grant and the record's "shared with" panel.
 */
export const listAgreementGrants = async (
  db: Db,
  record: {
    ownerAgencyId: string;
    kind: SharedRecordKind;
    domain: CrimeDomain;
    at: string;
    zoneIds: readonly string[];
  },
): Promise<AgreementGrant[]> => {
  const covering = await findAgreementsCovering(db, {
    agencyIds: [record.ownerAgencyId],
    domain: record.domain,
    at: record.at,
    zoneIds: record.zoneIds,
  });
  const parties = await listPartyRows(
    db,
    covering.map((agreement) => agreement.id),
  );
  return Promise.all(
    covering.map(async (agreement) => {
      const obligations = (await listObligationRows(db, agreement.id)).filter(
        (o) => o.recordKind === record.kind && (o.agencyId === null || o.agencyId === record.ownerAgencyId),
      );
      const level = obligations.reduce<SharingLevel>(
        (best, o) => (levelRank(o.level) > levelRank(best) ? o.level : best),
        'pointer',
      );
      const zoneIds = (await listZoneIds(db, agreement.id)).filter((id) => record.zoneIds.includes(id));
      const partyAgencyIds = parties.filter((p) => p.agreementId === agreement.id).map((p) => p.agencyId);
      return { agreement, partyAgencyIds, zoneIds, level };
    }),
  );
};
