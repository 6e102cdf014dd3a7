import { and, asc, count, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import { facetOf } from '../../db/facets.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { recordAuditedRead } from '../audit/index.ts';
import { listPersonRefs, type PersonRef } from '../persons/index.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  viewerOf,
  visibleTo,
} from '../sharing/index.ts';
import type { CaseListQuery } from './cases.schemas.ts';
import { listCaseLinks } from './cases.service.ts';
import { type CaseAgencyRow, type CaseRow, caseAgencies, casePersons, cases } from './cases.tables.ts';

/** Audits a read of records of a shared kind (one record, or a page of a list), before it leaves. */
export const auditRecordRead = (
  ctx: RequestContext,
  objectType: string,
  rows: readonly { id: string; ownerAgencyId: string }[],
  action: 'read' | 'search',
) =>
  recordAuditedRead(ctx.db, {
    context: ctx.audit,
    at: ctx.clock(),
    entry: {
      action,
      outcome: 'allow',
      objectType,
      objectIds: rows.map((r) => r.id),
      objectOwnerAgencyId: rows.length === 1 ? (rows[0]?.ownerAgencyId ?? null) : null,
      recordsReturned: rows.length,
    },
  });

/** A case as read: its row, the level, and (in full) its participants and persons as the viewer reads them. */
export type CaseRead = {
  row: CaseRow;
  level: AccessLevel;
  agencies: CaseAgencyRow[];
  persons: (PersonRef & { role: 'arrested' | 'suspect' | 'witness' })[];
};

/** One case as the actor may read it (404 when the policy gives nothing), audited with the persons it names. */
export const readCase = async (ctx: RequestContext, caseId: string): Promise<CaseRead> => {
  const { level } = await readRecordAccess(ctx, ctx.db, 'cases', caseId);
  const [row] = await ctx.db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new AppError('not_found', 'No such record');
  await auditRecordRead(ctx, 'cases', [row], 'read');
  if (level !== 'full') return { row, level, agencies: [], persons: [] };
  const links = await listCaseLinks(ctx.db, [row.id]);
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const refs = await listPersonRefs(
    ctx.db,
    viewer,
    links.persons.map((p) => p.personId),
  );
  const persons = links.persons.map((p, index) => ({ ...(refs[index] as PersonRef), role: p.role }));
  const named = persons.filter((p) => p.fullName !== null);
  if (named.length > 0) await auditRecordRead(ctx, 'persons', named, 'read');
  return { row, level, agencies: links.agencies, persons };
};

const listConditions = (query: CaseListQuery): (SQL | undefined)[] => {
  const folded = query.q ? foldVietnamese(query.q) : '';
  const like = containsPattern(folded);
  return [
    folded ? or(ilike(cases.titleFolded, like), ilike(cases.externalRef, like)) : undefined,
    query.kind ? eq(cases.kind, query.kind) : undefined,
    query.status ? eq(cases.status, query.status) : undefined,
    query.offence ? eq(cases.offence, query.offence) : undefined,
    query.province ? eq(cases.provinceCode, query.province) : undefined,
    query.operationId ? eq(cases.operationId, query.operationId) : undefined,
    query.from ? gte(cases.occurredOn, query.from) : undefined,
    query.to ? lte(cases.occurredOn, query.to) : undefined,
    query.agency
      ? or(
          eq(cases.ownerAgencyId, query.agency),
          sql`exists (select 1 from ${caseAgencies} where ${caseAgencies.caseId} = ${cases.id} and ${caseAgencies.agencyId} = ${query.agency})`,
        )
      : undefined,
    query.personId
      ? sql`exists (select 1 from ${casePersons} where ${casePersons.caseId} = ${cases.id} and ${casePersons.personId} = ${query.personId})`
      : undefined,
  ];
};

/**
 * A page of the cases the actor reads at summary level or above, filtered, latest first; the total and the facets
 * are counted in the database over exactly the same visible set, so nothing hidden is counted.
 */
export const listCases = async (ctx: RequestContext, query: CaseListQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  // The persons of a case are part of it in full: only cases read in full answer "which involve this person", and
  // only for a person the actor may see.
  if (query.personId) await readRecordAccess(ctx, db, 'persons', query.personId);
  const least = query.personId ? 'full' : 'summary';
  const where = and(visibleTo(viewer, cases, 'cases', least), ...listConditions(query));
  const rows = await db
    .select({ row: cases, rank: accessRank(viewer, cases, 'cases') })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.occurredOn), asc(cases.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(cases).where(where);
  const from = sql`${cases}`;
  const facets = {
    kinds: await facetOf(db, sql`${cases.kind}`, from, where),
    statuses: await facetOf(db, sql`${cases.status}`, from, where),
    offences: await facetOf(db, sql`${cases.offence}`, from, where),
    owners: await facetOf(db, sql`${cases.ownerAgencyId}::text`, from, where),
  };
  const items = rows.map(({ row, rank }) => ({ row, level: levelOfRank(Number(rank)) }));
  await auditRecordRead(
    ctx,
    'cases',
    items.map((i) => i.row),
    'search',
  );
  return { items, total: Number(total?.n ?? 0), facets };
};
