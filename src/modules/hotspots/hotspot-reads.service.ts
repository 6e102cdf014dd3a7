import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  ilike,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { facetOf } from '../../db/facets.ts';
import { containsPattern } from '../../db/like-pattern.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { recordAuditedRead } from '../audit/index.ts';
import { listPersonLabels } from '../persons/index.ts';
import {
  type AccessLevel,
  accessRank,
  levelOfRank,
  readRecordAccess,
  viewerOf,
  visibleTo,
} from '../sharing/index.ts';
import type { HotspotListQuery } from './hotspots.schemas.ts';
import { type HotspotRow, hotspotPersons, hotspots } from './hotspots.tables.ts';

/** A linked person as the viewer may see them (persons the viewer may not know of are left out). */
export type LinkedPerson = { personId: string; role: string; fullName: string | null };

/** Records in the audit log that hotspots (which may name persons) were read or listed. */
export const auditHotspotRead = (
  ctx: RequestContext,
  rows: { id: string; ownerAgencyId: string }[],
  action: 'read' | 'search',
) =>
  recordAuditedRead(ctx.db, {
    context: ctx.audit,
    at: ctx.clock(),
    entry: {
      action,
      outcome: 'allow',
      objectType: 'hotspots',
      objectIds: rows.map((r) => r.id),
      objectOwnerAgencyId: rows.length === 1 ? (rows[0]?.ownerAgencyId ?? null) : null,
      recordsReturned: rows.length,
    },
  });

/** The persons linked to a hotspot that the viewer may see, named only where the person is shared at summary or more. */
export const listLinkedPersons = async (ctx: RequestContext, hotspotId: string): Promise<LinkedPerson[]> => {
  const links = await ctx.db
    .select()
    .from(hotspotPersons)
    .where(eq(hotspotPersons.hotspotId, hotspotId))
    .orderBy(asc(hotspotPersons.createdAt), asc(hotspotPersons.personId));
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const labels = new Map(
    (
      await listPersonLabels(
        ctx.db,
        viewer,
        links.map((l) => l.personId),
      )
    ).map((l) => [l.id, l]),
  );
  return links.flatMap((link) => {
    const label = labels.get(link.personId);
    return label ? [{ personId: link.personId, role: link.role, fullName: label.fullName }] : [];
  });
};

/** One hotspot as the actor may read it (404 when the policy gives nothing), audited before it leaves. */
export const readHotspot = async (
  ctx: RequestContext,
  hotspotId: string,
): Promise<{ hotspot: HotspotRow; level: AccessLevel; persons: LinkedPerson[] }> => {
  const { level } = await readRecordAccess(ctx, ctx.db, 'hotspots', hotspotId);
  const [hotspot] = await ctx.db.select().from(hotspots).where(eq(hotspots.id, hotspotId));
  if (!hotspot) throw new AppError('not_found', 'No such record');
  const persons = level === 'full' ? await listLinkedPersons(ctx, hotspotId) : [];
  await auditHotspotRead(ctx, [hotspot], 'read');
  return { hotspot, level, persons };
};

const listConditions = (query: HotspotListQuery): (SQL | undefined)[] => {
  const folded = query.q ? foldVietnamese(query.q) : '';
  return [
    folded ? ilike(hotspots.nameFolded, containsPattern(folded)) : undefined,
    query.kind ? eq(hotspots.kind, query.kind) : undefined,
    query.status ? eq(hotspots.status, query.status) : undefined,
    query.drug ? arrayContains(hotspots.drugs, [query.drug]) : undefined,
    query.province ? eq(hotspots.provinceCode, query.province) : undefined,
    query.unit ? or(eq(hotspots.communeCode, query.unit), eq(hotspots.unitCode, query.unit)) : undefined,
    query.zone ? arrayContains(hotspots.zoneIds, [query.zone]) : undefined,
    query.owner ? eq(hotspots.ownerAgencyId, query.owner) : undefined,
    query.from ? gte(hotspots.recordedOn, query.from) : undefined,
    query.to ? lte(hotspots.recordedOn, query.to) : undefined,
    query.person
      ? exists(
          sql`(select 1 from ${hotspotPersons} where ${hotspotPersons.hotspotId} = ${hotspots.id} and ${hotspotPersons.personId} = ${query.person})`,
        )
      : undefined,
  ];
};

/**
 * A page of the hotspots the actor reads at summary level or above, filtered, latest report first; the total and
 * the facets are counted in the database over exactly the same visible set, so nothing hidden is counted.
 */
export const listHotspots = async (ctx: RequestContext, query: HotspotListQuery) => {
  const db = ctx.db;
  const viewer = await viewerOf(db, requireActor(ctx), ctx.clock());
  // The persons of a hotspot are part of it in full: only hotspots read in full answer "which involve this person",
  // and only for a person the actor may see.
  if (query.person) await readRecordAccess(ctx, db, 'persons', query.person);
  const minimum = query.person ? 'full' : 'summary';
  const where = and(visibleTo(viewer, hotspots, 'hotspots', minimum), ...listConditions(query));
  const rows = await db
    .select({ hotspot: hotspots, rank: accessRank(viewer, hotspots, 'hotspots') })
    .from(hotspots)
    .where(where)
    .orderBy(desc(hotspots.recordedOn), asc(hotspots.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(hotspots).where(where);
  const facet = (value: SQL, from: SQL = sql`${hotspots}`) => facetOf(db, value, from, where);
  const facets = {
    kinds: await facet(sql`${hotspots.kind}`),
    statuses: await facet(sql`${hotspots.status}`),
    drugs: await facet(
      sql`d.value`,
      sql`${hotspots} cross join lateral unnest(${hotspots.drugs}) as d(value)`,
    ),
    provinces: await facet(sql`${hotspots.provinceCode}`),
  };
  const items = rows.map((row) => ({ hotspot: row.hotspot, level: levelOfRank(Number(row.rank)) }));
  await auditHotspotRead(
    ctx,
    items.map((i) => i.hotspot),
    'search',
  );
  return { items, total: Number(total?.n ?? 0), facets };
};
