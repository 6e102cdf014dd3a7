import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { facetOf } from '../../../db/facets.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  type Viewer,
  viewerOf,
  visibleTo,
} from '../../sharing/index.ts';
import { auditRecordRead } from '../case-reads.service.ts';
import { listCustody } from './custody.service.ts';
import { type AmountGroup, CONVERSIONS, presentAmounts, summarizeSubstances } from './seizure-totals.ts';
import type { SeizureListQuery, TotalsQuery } from './seizures.schemas.ts';
import { type CustodyRow, type SeizureRow, seizureAgencies, seizures } from './seizures.tables.ts';

export type Credit = { seizureId: string; agencyId: string; role: 'lead' | 'joint' };
export type SeizureRead = { row: SeizureRow; level: AccessLevel; credits: Credit[]; custody: CustodyRow[] };

/** The credited forces of seizures, in one query. */
export const listCredits = (db: Db, seizureIds: readonly string[]): Promise<Credit[]> =>
  seizureIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(seizureAgencies)
        .where(inArray(seizureAgencies.seizureId, [...seizureIds]));

/** One seizure as the actor may read it (404 when the policy gives nothing), audited; in full with its custody. */
export const readSeizure = async (ctx: RequestContext, seizureId: string): Promise<SeizureRead> => {
  const { level } = await readRecordAccess(ctx, ctx.db, 'seizures', seizureId);
  const [row] = await ctx.db.select().from(seizures).where(eq(seizures.id, seizureId));
  if (!row) throw new AppError('not_found', 'No such record');
  await auditRecordRead(ctx, 'seizures', [row], 'read');
  if (level === 'pointer' || level === 'none') return { row, level, credits: [], custody: [] };
  const credits = await listCredits(ctx.db, [row.id]);
  return { row, level, credits, custody: level === 'full' ? await listCustody(ctx.db, row.id) : [] };
};

/** The filters shared by the list and the totals, every one inside the same query as the policy. */
const filters = (query: TotalsQuery & { unit?: SeizureListQuery['unit'] }): (SQL | undefined)[] => [
  query.caseId ? eq(seizures.caseId, query.caseId) : undefined,
  query.substance ? eq(seizures.substance, query.substance) : undefined,
  query.unit ? eq(seizures.unit, query.unit) : undefined,
  query.province ? eq(seizures.provinceCode, query.province) : undefined,
  query.zone ? arrayContains(seizures.zoneIds, [query.zone]) : undefined,
  query.from ? gte(seizures.seizedOn, query.from) : undefined,
  query.to ? lte(seizures.seizedOn, query.to) : undefined,
  query.agency
    ? or(
        eq(seizures.ownerAgencyId, query.agency),
        sql`exists (select 1 from ${seizureAgencies} where ${seizureAgencies.seizureId} = ${seizures.id} and ${seizureAgencies.agencyId} = ${query.agency})`,
      )
    : undefined,
];

const visibleWhere = (viewer: Viewer, query: TotalsQuery & { unit?: SeizureListQuery['unit'] }) =>
  and(visibleTo(viewer, seizures, 'seizures', 'summary'), ...filters(query));

/** A page of the seizures the actor reads at summary level or above, latest first, with total and facets over that set. */
export const listSeizures = async (ctx: RequestContext, query: SeizureListQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const where = visibleWhere(viewer, query);
  const rows = await db
    .select({ row: seizures, rank: accessRank(viewer, seizures, 'seizures') })
    .from(seizures)
    .where(where)
    .orderBy(desc(seizures.seizedOn), asc(seizures.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(seizures).where(where);
  const from = sql`${seizures}`;
  const facets = {
    substances: await facetOf(db, sql`${seizures.substance}`, from, where),
    units: await facetOf(db, sql`${seizures.unit}`, from, where),
    owners: await facetOf(db, sql`${seizures.ownerAgencyId}::text`, from, where),
  };
  const items = rows.map(({ row, rank }) => ({ row, level: levelOfRank(Number(rank)) }));
  await auditRecordRead(
    ctx,
    'seizures',
    items.map((i) => i.row),
    'search',
  );
  const credits = await listCredits(
    db,
    items.map((i) => i.row.id),
  );
  return { items, credits, total: Number(total?.n ?? 0), facets };
};

const toGroup = (g: {
  substance: unknown;
  unit: unknown;
  seizures: unknown;
  amount: unknown;
}): AmountGroup => ({
  substance: g.substance as AmountGroup['substance'],
  unit: g.unit as AmountGroup['unit'],
  seizures: Number(g.seizures),
  amount: Number(g.amount),
});

/**
 * The totals of the seizures the actor reads at summary level or above: per substance and unit (the database sums
 * one unit at a time and never across units), each seizure counted once however many forces made it; beside them
 * each credited force's share, which may add up to more than the total, since a joint seizure credits every force.
 */
export const totalSeizures = async (ctx: RequestContext, query: TotalsQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const where = visibleWhere(viewer, query);
  const drugs = and(
    where,
    isNotNull(seizures.substance),
    isNotNull(seizures.unit),
    isNotNull(seizures.quantity),
  );
  const groups = await db
    .select({
      substance: seizures.substance,
      unit: seizures.unit,
      seizures: count(),
      amount: sql<string>`sum(${seizures.quantity})`,
    })
    .from(seizures)
    .where(drugs)
    .groupBy(seizures.substance, seizures.unit);
  const [all] = await db.select({ n: count() }).from(seizures).where(where);
  const creditGroups = await db
    .select({
      agencyId: seizureAgencies.agencyId,
      substance: seizures.substance,
      unit: seizures.unit,
      seizures: count(),
      amount: sql<string>`sum(${seizures.quantity})`,
    })
    .from(seizures)
    .innerJoin(seizureAgencies, eq(seizureAgencies.seizureId, seizures.id))
    .where(drugs)
    .groupBy(seizureAgencies.agencyId, seizures.substance, seizures.unit);
  const creditCounts = await db
    .select({ agencyId: seizureAgencies.agencyId, seizures: count() })
    .from(seizures)
    .innerJoin(seizureAgencies, eq(seizureAgencies.seizureId, seizures.id))
    .where(where)
    .groupBy(seizureAgencies.agencyId);
  const amounts = groups.map(toGroup);
  const credits = creditCounts
    .map((c) => ({
      agencyId: c.agencyId,
      seizures: Number(c.seizures),
      rows: presentAmounts(creditGroups.filter((g) => g.agencyId === c.agencyId).map(toGroup)),
    }))
    .sort((a, b) => b.seizures - a.seizures || a.agencyId.localeCompare(b.agencyId));
  return {
    seizures: Number(all?.n ?? 0),
    rows: presentAmounts(amounts),
    substances: summarizeSubstances(amounts),
    credits,
    conversions: CONVERSIONS,
  };
};
