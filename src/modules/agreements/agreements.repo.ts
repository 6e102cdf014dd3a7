import { and, arrayContains, asc, eq, exists, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import {
  type AgreementStatus,
  agreementObligations,
  agreementParties,
  agreementReviews,
  agreements,
  agreementZones,
  type CrimeDomain,
} from './agreements.tables.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type NewAgreement = typeof agreements.$inferInsert;
export type PartyRow = typeof agreementParties.$inferSelect;
export type ObligationRow = typeof agreementObligations.$inferSelect;
export type ReviewRow = typeof agreementReviews.$inferSelect;

const first = <T>(rows: T[]): T | undefined => rows[0];

export const findAgreementById = (db: Db, id: string): Promise<AgreementRow | undefined> =>
  db.select().from(agreements).where(eq(agreements.id, id)).then(first);

export const findAgreementByTitle = (db: Db, title: string): Promise<AgreementRow | undefined> =>
  db.select().from(agreements).where(eq(agreements.title, title)).then(first);

/** The day an agreement starts: its effective day, or its signing day when that is not stated. */
const startDay = sql<string | null>`coalesce(${agreements.effectiveFrom}, ${agreements.signedOn})`;

/** The agreements whose period holds on a day (an unstated start is open, like every period here). */
const inForceOn = (day: string): SQL | undefined =>
  and(
    or(sql`${startDay} is null`, sql`${startDay} <= ${day}`),
    or(isNull(agreements.effectiveUntil), sql`${day} < ${agreements.effectiveUntil}`),
  );

const hasParty = (db: Db, agencyId: string): SQL =>
  exists(
    db
      .select({ one: sql`1` })
      .from(agreementParties)
      .where(and(eq(agreementParties.agreementId, agreements.id), eq(agreementParties.agencyId, agencyId))),
  );

export type AgreementFilter = {
  agencyId?: string;
  status?: AgreementStatus;
  statuses?: readonly AgreementStatus[];
  kind?: AgreementRow['kind'];
  domain?: CrimeDomain;
  inForceOn?: string;
};

/** Agreements by party, status, kind, domain and day in force, by signing day then number. */
export const listAgreementRows = (db: Db, filter: AgreementFilter): Promise<AgreementRow[]> => {
  const conditions: (SQL | undefined)[] = [];
  if (filter.agencyId) conditions.push(hasParty(db, filter.agencyId));
  if (filter.status) conditions.push(eq(agreements.status, filter.status));
  if (filter.statuses) conditions.push(inArray(agreements.status, [...filter.statuses]));
  if (filter.kind) conditions.push(eq(agreements.kind, filter.kind));
  if (filter.domain) conditions.push(arrayContains(agreements.domains, [filter.domain]));
  if (filter.inForceOn) conditions.push(inForceOn(filter.inForceOn));
  return db
    .select()
    .from(agreements)
    .where(and(...conditions))
    .orderBy(sql`${agreements.signedOn} asc nulls last`, asc(agreements.number), asc(agreements.id));
};

/**
 * In one query: agreements in a covering status, in force on `at`, whose parties include every one of `agencyIds`,
 * whose scope includes `domain`, and (when `zoneIds` is given) covering at least one of those zones.
 */
export const listCoveringAgreementRows = (
  db: Db,
  query: {
    agencyIds: readonly string[];
    domain?: CrimeDomain;
    at: string;
    zoneIds?: readonly string[];
    statuses: readonly AgreementStatus[];
  },
): Promise<AgreementRow[]> => {
  const zoneCondition =
    query.zoneIds === undefined
      ? undefined
      : query.zoneIds.length === 0
        ? sql`false`
        : exists(
            db
              .select({ one: sql`1` })
              .from(agreementZones)
              .where(
                and(
                  eq(agreementZones.agreementId, agreements.id),
                  inArray(agreementZones.zoneId, [...query.zoneIds]),
                ),
              ),
          );
  return db
    .select()
    .from(agreements)
    .where(
      and(
        inArray(agreements.status, [...query.statuses]),
        query.domain ? arrayContains(agreements.domains, [query.domain]) : undefined,
        inForceOn(query.at),
        ...[...new Set(query.agencyIds)].map((id) => hasParty(db, id)),
        zoneCondition,
      ),
    )
    .orderBy(sql`${agreements.signedOn} asc nulls last`, asc(agreements.number), asc(agreements.id));
};

export const insertAgreement = (db: Db, row: NewAgreement): Promise<AgreementRow> =>
  db
    .insert(agreements)
    .values(row)
    .returning()
    .then((rows) => rows[0] as AgreementRow);

/** Updates an agreement only at the version the caller saw (and bumps it); undefined means someone changed it first. */
export const updateAgreementAtVersion = (
  db: Db,
  id: string,
  version: number,
  changes: Partial<NewAgreement>,
): Promise<AgreementRow | undefined> =>
  db
    .update(agreements)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(agreements.id, id), eq(agreements.version, version)))
    .returning()
    .then(first);

export const listPartyRows = (db: Db, agreementIds: string[]): Promise<PartyRow[]> =>
  agreementIds.length === 0
    ? Promise.resolve([])
    : db.select().from(agreementParties).where(inArray(agreementParties.agreementId, agreementIds));

export const insertParties = async (db: Db, rows: PartyRow[]): Promise<void> => {
  if (rows.length > 0) await db.insert(agreementParties).values(rows);
};

export const deleteParty = async (db: Db, agreementId: string, partyId: string): Promise<void> => {
  await db
    .delete(agreementParties)
    .where(and(eq(agreementParties.agreementId, agreementId), eq(agreementParties.id, partyId)));
};

export const listZoneIds = (db: Db, agreementId: string): Promise<string[]> =>
  db
    .select({ zoneId: agreementZones.zoneId })
    .from(agreementZones)
    .where(eq(agreementZones.agreementId, agreementId))
    .then((rows) => rows.map((row) => row.zoneId).sort());

export const replaceZones = async (db: Db, agreementId: string, zoneIds: string[]): Promise<void> => {
  await db.delete(agreementZones).where(eq(agreementZones.agreementId, agreementId));
  if (zoneIds.length > 0) {
    await db.insert(agreementZones).values(zoneIds.map((zoneId) => ({ agreementId, zoneId })));
  }
};

export const listObligationRows = (db: Db, agreementId: string): Promise<ObligationRow[]> =>
  db.select().from(agreementObligations).where(eq(agreementObligations.agreementId, agreementId));

export const replaceObligations = async (
  db: Db,
  agreementId: string,
  rows: ObligationRow[],
): Promise<void> => {
  await db.delete(agreementObligations).where(eq(agreementObligations.agreementId, agreementId));
  if (rows.length > 0) await db.insert(agreementObligations).values(rows);
};

export const listReviewRows = (db: Db, agreementIds: string[]): Promise<ReviewRow[]> =>
  agreementIds.length === 0
    ? Promise.resolve([])
    : db.select().from(agreementReviews).where(inArray(agreementReviews.agreementId, agreementIds));

export const replaceReviews = async (db: Db, agreementId: string, rows: ReviewRow[]): Promise<void> => {
  await db.delete(agreementReviews).where(eq(agreementReviews.agreementId, agreementId));
  if (rows.length > 0) await db.insert(agreementReviews).values(rows);
};
