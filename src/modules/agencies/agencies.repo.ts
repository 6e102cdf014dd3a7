import { and, asc, eq, gt, inArray, isNull, like, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { agencies, agencyJurisdictions, agencySuccessions } from './agencies.tables.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;
export type JurisdictionRow = typeof agencyJurisdictions.$inferSelect;
export type NewJurisdiction = typeof agencyJurisdictions.$inferInsert;
export type SuccessionRow = typeof agencySuccessions.$inferSelect;
export type NewSuccession = typeof agencySuccessions.$inferInsert;

const first = <T>(rows: T[]): T | undefined => rows[0];

/** A LIKE pattern that matches `text` anywhere, with the wildcards in it taken literally. */

export const findAgencyById = (db: Db, id: string): Promise<AgencyRow | undefined> =>
  db.select().from(agencies).where(eq(agencies.id, id)).then(first);

export const findAgencyByCode = (db: Db, code: string): Promise<AgencyRow | undefined> =>
  db.select().from(agencies).where(eq(agencies.code, code)).then(first);

export const insertAgency = (db: Db, agency: NewAgency): Promise<AgencyRow> =>
  db
    .insert(agencies)
    .values(agency)
    .returning()
    .then((rows) => rows[0] as AgencyRow);

/** Updates an agency only at the version the caller saw (and bumps it); undefined means someone changed it first. */
export const updateAgencyAtVersion = (
  db: Db,
  id: string,
  version: number,
  changes: Partial<NewAgency>,
): Promise<AgencyRow | undefined> =>
  db
    .update(agencies)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(agencies.id, id), eq(agencies.version, version)))
    .returning()
    .then(first);

export type AgencyFilter = {
  search?: string;
  kind?: AgencyRow['kind'];
  country?: string;
  parentId?: string;
  ids?: string[];
};

/** Agencies matching every given filter; `search` is already folded and matched against the folded code and names. */
export const listAgencyRows = (db: Db, filter: AgencyFilter): Promise<AgencyRow[]> => {
  const conditions: SQL[] = [];
  if (filter.search) {
    conditions.push(like(agencies.searchText, containsPattern(filter.search)));
  }
  if (filter.kind) {
    conditions.push(eq(agencies.kind, filter.kind));
  }
  if (filter.country) {
    conditions.push(eq(agencies.country, filter.country));
  }
  if (filter.parentId) {
    conditions.push(eq(agencies.parentId, filter.parentId));
  }
  if (filter.ids) {
    if (filter.ids.length === 0) {
      return Promise.resolve([]);
    }
    conditions.push(inArray(agencies.id, filter.ids));
  }
  return db
    .select()
    .from(agencies)
    .where(and(...conditions));
};

/** The ids of the agencies under the given ones, at any depth. */
export const listDescendantIds = async (db: Db, rootIds: string[]): Promise<string[]> => {
  const found: string[] = [];
  let level = rootIds;
  while (level.length > 0) {
    const children = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(inArray(agencies.parentId, level));
    level = children.map((c) => c.id).filter((id) => !found.includes(id) && !rootIds.includes(id));
    found.push(...level);
  }
  return found;
};

export const listJurisdictions = (db: Db, agencyId: string): Promise<JurisdictionRow[]> =>
  db
    .select()
    .from(agencyJurisdictions)
    .where(eq(agencyJurisdictions.agencyId, agencyId))
    .orderBy(
      asc(agencyJurisdictions.structure),
      asc(agencyJurisdictions.validFrom),
      asc(agencyJurisdictions.unitCode),
    );

/** Replaces every jurisdiction row of an agency. */
export const replaceJurisdictions = async (
  db: Db,
  agencyId: string,
  rows: NewJurisdiction[],
): Promise<void> => {
  await db.delete(agencyJurisdictions).where(eq(agencyJurisdictions.agencyId, agencyId));
  if (rows.length > 0) {
    await db.insert(agencyJurisdictions).values(rows);
  }
};

/** The agencies whose jurisdiction on `day` includes the unit. */
export const listAgencyIdsCoveringUnit = (
  db: Db,
  unit: { structure: JurisdictionRow['structure']; code: string },
  day: string,
): Promise<string[]> =>
  db
    .selectDistinct({ id: agencyJurisdictions.agencyId })
    .from(agencyJurisdictions)
    .where(
      and(
        eq(agencyJurisdictions.structure, unit.structure),
        eq(agencyJurisdictions.unitCode, unit.code),
        or(isNull(agencyJurisdictions.validFrom), lte(agencyJurisdictions.validFrom, day)),
        or(isNull(agencyJurisdictions.validUntil), gt(agencyJurisdictions.validUntil, day)),
      ),
    )
    .then((rows) => rows.map((r) => r.id));

export const insertSuccessions = async (db: Db, rows: NewSuccession[]): Promise<void> => {
  await db.insert(agencySuccessions).values(rows);
};

/** Successions of which the agency is the predecessor (`from`) or the successor (`to`), with the other agency. */
export const listSuccessionsOf = (
  db: Db,
  agencyId: string,
  side: 'from' | 'to',
): Promise<{ succession: SuccessionRow; agency: AgencyRow }[]> => {
  const mine = side === 'from' ? agencySuccessions.predecessorId : agencySuccessions.successorId;
  const other = side === 'from' ? agencySuccessions.successorId : agencySuccessions.predecessorId;
  return db
    .select({ succession: agencySuccessions, agency: agencies })
    .from(agencySuccessions)
    .innerJoin(agencies, eq(agencies.id, other))
    .where(eq(mine, agencyId))
    .orderBy(asc(agencySuccessions.date));
};
