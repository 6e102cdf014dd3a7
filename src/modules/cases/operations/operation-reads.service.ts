import { and, asc, count, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import { facetOf } from '../../../db/facets.ts';
import { containsPattern } from '../../../db/like-pattern.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { listPersonRefs, type PersonRef } from '../../persons/index.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  viewerOf,
  visibleTo,
} from '../../sharing/index.ts';
import { auditRecordRead } from '../case-reads.service.ts';
import { type CaseRow, cases } from '../cases.tables.ts';
import type { OperationListQuery } from './operations.schemas.ts';
import {
  type OperationRow,
  operationAgencies,
  operationTargets,
  specialOperations,
} from './operations.tables.ts';

export type OperationRead = {
  row: OperationRow;
  level: AccessLevel;
  agencies: { agencyId: string; role: (typeof operationAgencies.$inferSelect)['role'] }[];
  targets: PersonRef[];
  cases: CaseRow[];
};

/**
 * One special operation as the actor may read it (404 when the policy gives nothing), audited; in full with its
 * forces, its targets (each as the persons policy lets the viewer read it) and the linked cases the viewer reads.
 */
export const readOperation = async (ctx: RequestContext, operationId: string): Promise<OperationRead> => {
  const { level } = await readRecordAccess(ctx, ctx.db, 'operations', operationId);
  const db = ctx.db;
  const [row] = await db.select().from(specialOperations).where(eq(specialOperations.id, operationId));
  if (!row) throw new AppError('not_found', 'No such record');
  await auditRecordRead(ctx, 'operations', [row], 'read');
  if (level !== 'full') return { row, level, agencies: [], targets: [], cases: [] };
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const agencies = await db
    .select({ agencyId: operationAgencies.agencyId, role: operationAgencies.role })
    .from(operationAgencies)
    .where(eq(operationAgencies.operationId, row.id));
  const targetRows = await db.select().from(operationTargets).where(eq(operationTargets.operationId, row.id));
  const targets = await listPersonRefs(
    db,
    viewer,
    targetRows.map((t) => t.personId),
  );
  const named = targets.filter((t) => t.fullName !== null);
  if (named.length > 0) await auditRecordRead(ctx, 'persons', named, 'read');
  const linked = await db
    .select()
    .from(cases)
    .where(and(eq(cases.operationId, row.id), visibleTo(viewer, cases, 'cases', 'summary')))
    .orderBy(desc(cases.occurredOn));
  return { row, level, agencies, targets, cases: linked };
};

const listConditions = (query: OperationListQuery): (SQL | undefined)[] => [
  query.q ? ilike(specialOperations.codeName, containsPattern(query.q)) : undefined,
  query.status ? eq(specialOperations.status, query.status) : undefined,
  query.from ? gte(specialOperations.startedOn, query.from) : undefined,
  query.to ? lte(specialOperations.startedOn, query.to) : undefined,
  query.agency
    ? or(
        eq(specialOperations.ownerAgencyId, query.agency),
        sql`exists (select 1 from ${operationAgencies} where ${operationAgencies.operationId} = ${specialOperations.id} and ${operationAgencies.agencyId} = ${query.agency})`,
      )
    : undefined,
];

/** A page of the special operations the actor reads at summary level or above, with total and facets over that set. */
export const listOperations = async (ctx: RequestContext, query: OperationListQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  const where = and(visibleTo(viewer, specialOperations, 'operations', 'summary'), ...listConditions(query));
  const rows = await db
    .select({ row: specialOperations, rank: accessRank(viewer, specialOperations, 'operations') })
    .from(specialOperations)
    .where(where)
    .orderBy(desc(specialOperations.startedOn), asc(specialOperations.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(specialOperations).where(where);
  const from = sql`${specialOperations}`;
  const facets = {
    statuses: await facetOf(db, sql`${specialOperations.status}`, from, where),
    owners: await facetOf(db, sql`${specialOperations.ownerAgencyId}::text`, from, where),
  };
  const items = rows.map(({ row, rank }) => ({ row, level: levelOfRank(Number(rank)) }));
  await auditRecordRead(
    ctx,
    'operations',
    items.map((i) => i.row),
    'search',
  );
  return { items, total: Number(total?.n ?? 0), facets };
};
