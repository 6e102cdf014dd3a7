import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, type Classification } from '../../db/columns.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../http/context.ts';
import { getAgency } from '../agencies/index.ts';
import { agreementGrantRank, type CoveredRecordColumns } from '../agreements/index.ts';
import { type AccessLevel, levelRank, levelRankSql, type SharedRecordKind } from './levels.ts';

/** Who reads, as the policy sees them: the agency, whether it is foreign, the user's clearance, and the time. */
export type Viewer = { agencyId: string; foreign: boolean; clearance: Classification; now: Date };

/** The viewer of a logged-in actor: its agency's country decides whether it is foreign. */
export const viewerOf = async (db: Db, actor: Actor, now: Date): Promise<Viewer> => {
  const agency = await getAgency(db, actor.agencyId);
  return { agencyId: actor.agencyId, foreign: agency.country !== 'VN', clearance: actor.clearance, now };
};

/** Vietnamese state secrets never leave the country: a foreign agency's users read as if they held no clearance. */
export const effectiveClearance = (viewer: Pick<Viewer, 'foreign' | 'clearance'>): Classification =>
  viewer.foreign ? 'none' : viewer.clearance;

/** The classifications a clearance may read: its own and every lower one. */
export const readableClassifications = (clearance: Classification): Classification[] =>
  CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(clearance) + 1);

/** The columns of a shared record table that the policy reads. */
export type SharedTable = CoveredRecordColumns & {
  id: AnyPgColumn;
  classification: AnyPgColumn;
  handlingCode: AnyPgColumn;
  releasableToForeign: AnyPgColumn;
};

/**
 * The share rule as a correlated SQL expression: the highest level of the unrevoked, unexpired shares of the
 * record with the viewer's agency. A forward (a share granted by another agency than the owner) counts only while
 * the record is not H2: an H2 record never goes beyond its first recipients without the owner.
 */
const shareRank = (viewer: Viewer, table: SharedTable): SQL<number> => sql<number>`(
  select coalesce(max(${levelRankSql(sql`s.level`)}), 0)
  from record_shares s
  where s.record_id = ${table.id} and s.recipient_agency_id = ${viewer.agencyId} and s.revoked_at is null
    and (s.expires_at is null or s.expires_at > ${viewer.now.toISOString()}::timestamptz)
    and (s.granted_by_agency_id = ${table.ownerAgencyId} or ${table.handlingCode} <> 'H2')
)`;

/**
 * THE sharing policy, as one SQL expression evaluated on each row of a shared record table: the rank (0 none,
 * 1 pointer, 2 summary, 3 full) at which the viewer may read the row. In order: a classification above the
 * viewer's clearance hides the record from everyone, its owner included; the owner's agency reads all of it; a
 * foreign agency reads nothing that is not released to foreign agencies; otherwise the highest grant of an explicit
 * share or of an agreement in force on the record's day, covering its domain and a zone of its place. Every list,
 * search, map, export and count of shared records filters on it inside its own query, so nothing hidden is ever
 * counted. `explainAccess` states the same rules row by row, and the randomized policy test holds both to a
 * reference implementation.
 */
export const accessRank = (viewer: Viewer, table: SharedTable, kind: SharedRecordKind): SQL<number> => {
  const readable = readableClassifications(effectiveClearance(viewer)).map((c) => sql`${c}`);
  const foreignRule = viewer.foreign ? sql`when not ${table.releasableToForeign} then 0` : sql``;
  return sql<number>`(case
    when ${table.classification} not in (${sql.join(readable, sql`, `)}) then 0
    when ${table.ownerAgencyId} = ${viewer.agencyId} then 3
    ${foreignRule}
    else greatest(${shareRank(viewer, table)}, ${agreementGrantRank(viewer.agencyId, table, kind)})
  end)`;
};

/** The rows the viewer may read at `least` or above: the condition every read of shared records adds. */
export const visibleTo = (
  viewer: Viewer,
  table: SharedTable,
  kind: SharedRecordKind,
  least: AccessLevel = 'pointer',
): SQL => sql`${accessRank(viewer, table, kind)} >= ${levelRank(least)}`;

/**
 * The rule of addressed records (early-warning alerts, messages): the viewer's agency reads the record when it is
 * one of its addressees; the records the addressed record refers to are still read each under `accessRank`.
 */
export const addressedTo = (viewer: Pick<Viewer, 'agencyId'>, addressees: AnyPgColumn): SQL =>
  sql`${viewer.agencyId}::uuid = any(${addressees})`;
