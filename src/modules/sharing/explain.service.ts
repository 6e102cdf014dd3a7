import { and, eq, isNull } from 'drizzle-orm';
import type { Classification } from '../../db/columns.ts';
import type { Db } from '../../db/connect.ts';
import { type AgreementGrant, listAgreementGrants } from '../agreements/index.ts';
import { type AccessLevel, levelRank, type SharingLevel } from './levels.ts';
import type { RecordFacts } from './record-kinds.ts';
import { recordShares } from './sharing.tables.ts';
import { effectiveClearance, readableClassifications } from './visibility.ts';

export type ShareRow = typeof recordShares.$inferSelect;

/** A rule that grants an agency something on a record. */
export type Grant =
  | { rule: 'owner'; level: 'full' }
  | { rule: 'share'; level: SharingLevel; share: ShareRow }
  | {
      rule: 'agreement';
      level: SharingLevel;
      agreement: { id: string; number: string | null; title: string };
      zoneIds: string[];
    };

/** A rule that keeps an agency from a record (or from one of its grants) whatever else grants it. */
export type Block =
  | { rule: 'classification'; classification: Classification }
  | { rule: 'foreign_release' }
  | { rule: 'h2_forward'; shareId: string };

/** Why an agency reads a record at the level it does. */
export type Explanation = { agencyId: string; level: AccessLevel; grants: Grant[]; blocks: Block[] };

/** The unrevoked shares of a record, for each recipient the policy would count at `now`. */
export const listActiveShares = (db: Db, recordId: string, now: Date): Promise<ShareRow[]> =>
  db
    .select()
    .from(recordShares)
    .where(and(eq(recordShares.recordId, recordId), isNull(recordShares.revokedAt)))
    .then((rows) => rows.filter((s) => s.expiresAt === null || s.expiresAt > now));

/** What can grant anything on a record, loaded once for every agency it is explained to. */
export type RecordGrants = { shares: ShareRow[]; agreements: AgreementGrant[] };

/** The record's active shares and the agreements that cover it. */
export const loadRecordGrants = async (db: Db, facts: RecordFacts, now: Date): Promise<RecordGrants> => ({
  shares: await listActiveShares(db, facts.id, now),
  agreements: await listAgreementGrants(db, {
    ownerAgencyId: facts.ownerAgencyId,
    kind: facts.kind,
    domain: facts.crimeDomain,
    at: facts.recordedOn,
    zoneIds: facts.zoneIds,
  }),
});

/**
 * The policy's rules, stated one by one for one agency (as `accessRank` computes them in SQL): which grants
 * apply and which blocks override them. The agency is taken with its most cleared users: a classified record
 * still needs the clearance, which the `classification` block states for a foreign agency (that never holds one).
 */
export const explainAccess = (
  facts: RecordFacts,
  agency: { id: string; country: string },
  loaded: RecordGrants,
): Explanation => {
  const foreign = agency.country !== 'VN';
  const grants: Grant[] = [];
  const blocks: Block[] = [];
  if (agency.id === facts.ownerAgencyId) {
    grants.push({ rule: 'owner', level: 'full' });
  } else {
    for (const share of loaded.shares) {
      if (share.recipientAgencyId !== agency.id) continue;
      const forward = share.grantedByAgencyId !== facts.ownerAgencyId;
      if (forward && facts.handlingCode === 'H2') blocks.push({ rule: 'h2_forward', shareId: share.id });
      else grants.push({ rule: 'share', level: share.level, share });
    }
    for (const grant of loaded.agreements) {
      if (!grant.partyAgencyIds.includes(agency.id)) continue;
      const { id, number, title } = grant.agreement;
      grants.push({
        rule: 'agreement',
        level: grant.level,
        agreement: { id, number, title },
        zoneIds: grant.zoneIds,
      });
    }
  }
  const cleared = readableClassifications(effectiveClearance({ foreign, clearance: 'TUYET_MAT' }));
  if (!cleared.includes(facts.classification)) {
    blocks.push({ rule: 'classification', classification: facts.classification });
  }
  if (foreign && agency.id !== facts.ownerAgencyId && !facts.releasableToForeign) {
    blocks.push({ rule: 'foreign_release' });
  }
  const granted = grants.reduce((best, g) => Math.max(best, levelRank(g.level)), 0);
  const blocked = blocks.some((b) => b.rule !== 'h2_forward');
  const level: AccessLevel =
    blocked || granted === 0 ? 'none' : (grants.find((g) => levelRank(g.level) === granted)?.level ?? 'none');
  return { agencyId: agency.id, level, grants, blocks };
};
