import { and, eq, gt, gte, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { recordAuditedRead } from '../audit/index.ts';
import { cases } from '../cases/cases.tables.ts';
import { specialOperations } from '../cases/operations/operations.tables.ts';
import { hotspots } from '../hotspots/hotspots.tables.ts';
import { persons } from '../persons/persons.tables.ts';
import { type AccessLevel, levelOfRank } from './levels.ts';
import { BUILT_RECORD_KINDS, type BuiltRecordKind, SHARED_TABLES } from './record-kinds.ts';
import { recordShares } from './sharing.tables.ts';
import { accessRank, type Viewer, viewerOf } from './visibility.ts';

/** The name a reader sees of a record read at summary level or above (a seizure has none of its own). */
const LABELS: Record<BuiltRecordKind, AnyPgColumn | null> = {
  persons: persons.fullName,
  hotspots: hotspots.name,
  cases: cases.title,
  seizures: null,
  operations: specialOperations.codeName,
};

/** The day a share was granted, in the borders' time (Vietnam and Laos share UTC+7). */
const grantedDay = sql<string>`to_char(${recordShares.grantedAt} + interval '7 hours', 'YYYY-MM-DD')`;

/** The shares of records of one kind with the viewer's agency that still give it something, joined to the record. */
const receivedShares = (viewer: Viewer, kind: BuiltRecordKind, since: Date, extra?: SQL) => {
  const table = SHARED_TABLES[kind];
  const rank = accessRank(viewer, table, kind);
  const where = and(
    eq(recordShares.recipientAgencyId, viewer.agencyId),
    eq(recordShares.recordKind, kind),
    isNull(recordShares.revokedAt),
    or(isNull(recordShares.expiresAt), gt(recordShares.expiresAt, viewer.now)),
    gte(recordShares.grantedAt, since),
    sql`${rank} >= 1`,
    extra,
  );
  return { table, rank, where };
};

export type ReceivedGroup = {
  day: string;
  grantedByAgencyId: string;
  count: number;
  kinds: Partial<Record<BuiltRecordKind, number>>;
  latestAt: Date;
};

/**
 * The records newly shared with the actor's agency (explicit shares, not revoked nor expired, granted in the last
 * `days` days), folded into one group per granting agency and day with a count per kind, newest first: a bulk share
 * or a first synchronisation is one line, not hundreds. Only records the policy lets the reader see now are counted.
 */
export const listReceivedGroups = async (
  ctx: RequestContext,
  query: { days: number; limit: number; offset: number },
): Promise<{ groups: ReceivedGroup[]; total: number }> => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const since = new Date(viewer.now.getTime() - query.days * 86_400_000);
  const groups = new Map<string, ReceivedGroup>();
  for (const kind of BUILT_RECORD_KINDS) {
    const { table, where } = receivedShares(viewer, kind, since);
    const rows = await ctx.db
      .select({
        grantedBy: recordShares.grantedByAgencyId,
        day: grantedDay,
        count: sql<number>`count(distinct ${recordShares.recordId})`,
        latestAt: sql<string>`max(${recordShares.grantedAt})`,
      })
      .from(recordShares)
      .innerJoin(table, eq(table.id, recordShares.recordId))
      .where(where)
      .groupBy(recordShares.grantedByAgencyId, grantedDay);
    for (const row of rows) {
      const key = `${row.day}|${row.grantedBy}`;
      const latestAt = new Date(row.latestAt);
      const group = groups.get(key) ?? {
        day: row.day,
        grantedByAgencyId: row.grantedBy,
        count: 0,
        kinds: {},
        latestAt,
      };
      group.count += Number(row.count);
      group.kinds[kind] = Number(row.count);
      if (latestAt > group.latestAt) group.latestAt = latestAt;
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.day.localeCompare(a.day) || b.latestAt.getTime() - a.latestAt.getTime(),
  );
  return { groups: sorted.slice(query.offset, query.offset + query.limit), total: sorted.length };
};

export type ReceivedItem = {
  shareId: string;
  kind: BuiltRecordKind;
  recordId: string;
  level: Exclude<AccessLevel, 'none'>;
  sharedLevel: string;
  label: string | null;
  ownerAgencyId: string;
  purpose: string;
  grantedAt: Date;
};

const listKindItems = async (db: Db, viewer: Viewer, kind: BuiltRecordKind, extra: SQL) => {
  const { table, rank, where } = receivedShares(viewer, kind, new Date(0), extra);
  const label = LABELS[kind];
  const rows = await db
    .select({
      shareId: recordShares.id,
      recordId: recordShares.recordId,
      sharedLevel: recordShares.level,
      ownerAgencyId: recordShares.ownerAgencyId,
      purpose: recordShares.purpose,
      grantedAt: recordShares.grantedAt,
      rank,
      label: label ? sql<string>`${label}` : sql<null>`null`,
    })
    .from(recordShares)
    .innerJoin(table, eq(table.id, recordShares.recordId))
    .where(where);
  return rows.map(({ rank: r, label: name, ...row }): ReceivedItem => {
    const level = levelOfRank(Number(r)) as Exclude<AccessLevel, 'none'>;
    return { ...row, kind, level, label: level === 'pointer' ? null : (name ?? null) };
  });
};

/**
 * The records of one group (a granting agency and a day, in UTC+7), each at the level the policy gives the reader
 * now, newest first; the names shown are an audited read.
 */
export const listReceivedItems = async (
  ctx: RequestContext,
  query: { grantedByAgencyId: string; day: string; limit: number; offset: number },
): Promise<{ items: ReceivedItem[]; total: number }> => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const inGroup = and(
    eq(recordShares.grantedByAgencyId, query.grantedByAgencyId),
    sql`${grantedDay} = ${query.day}`,
  ) as SQL;
  const all: ReceivedItem[] = [];
  for (const kind of BUILT_RECORD_KINDS) all.push(...(await listKindItems(ctx.db, viewer, kind, inGroup)));
  all.sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime() || a.shareId.localeCompare(b.shareId));
  const items = all.slice(query.offset, query.offset + query.limit);
  for (const kind of BUILT_RECORD_KINDS) {
    const read = items.filter((i) => i.kind === kind);
    if (read.length === 0) continue;
    await recordAuditedRead(ctx.db, {
      context: ctx.audit,
      at: ctx.clock(),
      entry: {
        action: 'read',
        outcome: 'allow',
        objectType: kind,
        objectIds: read.map((i) => i.recordId),
        recordsReturned: read.length,
        detail: 'shared_with_us',
      },
    });
  }
  return { items, total: all.length };
};
