import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import type { AgencyRow } from '../agencies.repo.ts';
import { agencies } from '../agencies.tables.ts';
import { agencyGroups, chairTerms, groupMemberships } from './groups.tables.ts';

export type GroupRow = typeof agencyGroups.$inferSelect;
export type NewGroup = typeof agencyGroups.$inferInsert;
export type MembershipRow = typeof groupMemberships.$inferSelect;
export type ChairTermRow = typeof chairTerms.$inferSelect;
export type NewChairTerm = typeof chairTerms.$inferInsert;

const first = <T>(rows: T[]): T | undefined => rows[0];

export const findGroupById = (db: Db, id: string): Promise<GroupRow | undefined> =>
  db.select().from(agencyGroups).where(eq(agencyGroups.id, id)).then(first);

export const findGroupByCode = (db: Db, code: string): Promise<GroupRow | undefined> =>
  db.select().from(agencyGroups).where(eq(agencyGroups.code, code)).then(first);

/** Groups by kind and folded search text. */
export const listGroupRows = (
  db: Db,
  filter: { search?: string; kind?: GroupRow['kind'] },
): Promise<GroupRow[]> => {
  const conditions: SQL[] = [];
  if (filter.search) {
    conditions.push(like(agencyGroups.searchText, containsPattern(filter.search)));
  }
  if (filter.kind) {
    conditions.push(eq(agencyGroups.kind, filter.kind));
  }
  return db
    .select()
    .from(agencyGroups)
    .where(and(...conditions));
};

export const insertGroup = (db: Db, group: NewGroup): Promise<GroupRow> =>
  db
    .insert(agencyGroups)
    .values(group)
    .returning()
    .then((rows) => rows[0] as GroupRow);

/** Updates a group only at the version the caller saw (and bumps it); undefined means someone changed it first. */
export const updateGroupAtVersion = (
  db: Db,
  id: string,
  version: number,
  changes: Partial<NewGroup>,
): Promise<GroupRow | undefined> =>
  db
    .update(agencyGroups)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(agencyGroups.id, id), eq(agencyGroups.version, version)))
    .returning()
    .then(first);

/** Every membership of a group with its agency. */
export const listMembershipRows = (
  db: Db,
  groupId: string,
): Promise<{ membership: MembershipRow; agency: AgencyRow }[]> =>
  db
    .select({ membership: groupMemberships, agency: agencies })
    .from(groupMemberships)
    .innerJoin(agencies, eq(agencies.id, groupMemberships.agencyId))
    .where(eq(groupMemberships.groupId, groupId));

/** Every membership of an agency with its group. */
export const listAgencyMembershipRows = (
  db: Db,
  agencyId: string,
): Promise<{ membership: MembershipRow; group: GroupRow }[]> =>
  db
    .select({ membership: groupMemberships, group: agencyGroups })
    .from(groupMemberships)
    .innerJoin(agencyGroups, eq(agencyGroups.id, groupMemberships.groupId))
    .where(eq(groupMemberships.agencyId, agencyId));

export const insertMembership = async (db: Db, membership: MembershipRow): Promise<void> => {
  await db.insert(groupMemberships).values(membership);
};

export const updateMembership = async (
  db: Db,
  id: string,
  changes: Partial<MembershipRow>,
): Promise<void> => {
  await db.update(groupMemberships).set(changes).where(eq(groupMemberships.id, id));
};

/** The chair terms of a group with the chairing agency, oldest first. */
export const listChairTermRows = (
  db: Db,
  groupId: string,
): Promise<{ term: ChairTermRow; agency: AgencyRow }[]> =>
  db
    .select({ term: chairTerms, agency: agencies })
    .from(chairTerms)
    .innerJoin(agencies, eq(agencies.id, chairTerms.agencyId))
    .where(eq(chairTerms.groupId, groupId))
    .orderBy(asc(chairTerms.startsOn));

export const insertChairTerm = async (db: Db, term: NewChairTerm): Promise<void> => {
  await db.insert(chairTerms).values(term);
};

export const endChairTerm = async (db: Db, id: string, endsOn: string): Promise<void> => {
  await db.update(chairTerms).set({ endsOn }).where(eq(chairTerms.id, id));
};
