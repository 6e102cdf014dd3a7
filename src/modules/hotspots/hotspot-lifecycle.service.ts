import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { dayOf } from '../agencies/index.ts';
import { readRecordAccess, viewerOf, visibleTo } from '../sharing/index.ts';
import { assertNotFuture } from './hotspot-input.ts';
import { auditHotspotRead } from './hotspot-reads.service.ts';
import type { TransitionBody } from './hotspots.schemas.ts';
import { changeOf, getOwnHotspot } from './hotspots.service.ts';
import {
  type HotspotRow,
  type HotspotTransitionRow,
  hotspots,
  hotspotTransitions,
} from './hotspots.tables.ts';
import { canTransition, RECHECK_MONTHS, recheckDueAfter } from './lifecycle.ts';

const refuse = (
  path: string,
  code: 'invalid_status_transition' | 'transition_out_of_order',
  message: string,
) => new AppError(code, message, { errors: [{ path, code, message }] });

/**
 * Moves a hotspot of the actor's agency along its lifecycle at the version the caller saw: the move must be allowed
 * (422 `invalid_status_transition`), on a day not in the future nor before the last move (422), and a re-check delay
 * is accepted only with an elimination. The move, the new status, the re-check day, the outbox event and the audit
 * entry are written together or not at all.
 */
export const transitionHotspot = (
  ctx: RequestContext,
  hotspotId: string,
  input: TransitionBody,
): Promise<HotspotRow> =>
  withTransaction(ctx.db, async (trx) => {
    const base = await getOwnHotspot(ctx, trx, hotspotId);
    const actor = requireActor(ctx);
    const at = ctx.clock();
    if (!canTransition(base.status, input.to)) {
      throw refuse('to', 'invalid_status_transition', `cannot go from ${base.status} to ${input.to}`);
    }
    if (input.recheckMonths !== undefined && input.to !== 'eliminated') {
      throw refuse(
        'recheckMonths',
        'invalid_status_transition',
        'a re-check is scheduled only by an elimination',
      );
    }
    assertNotFuture(input.on, dayOf(at), 'on');
    if (input.on < base.statusOn) {
      throw refuse('on', 'transition_out_of_order', `the last move was on ${base.statusOn}`);
    }
    const months = input.recheckMonths ?? RECHECK_MONTHS.default;
    const recheckDueOn = recheckDueAfter(input.to, input.on, months, base.recheckDueOn);
    const [hotspot] = await trx
      .update(hotspots)
      .set({
        status: input.to,
        statusOn: input.on,
        recheckDueOn,
        updatedAt: at,
        updatedBy: actor.userId,
        version: input.version + 1,
      })
      .where(and(eq(hotspots.id, base.id), eq(hotspots.version, input.version)))
      .returning();
    if (!hotspot) throw new AppError('version_conflict', 'Someone changed this hotspot first; reload it');
    await trx.insert(hotspotTransitions).values({
      id: uuidv7(),
      hotspotId: base.id,
      fromStatus: base.status,
      toStatus: input.to,
      on: input.on,
      reason: input.reason,
      recheckDueOn: input.to === 'eliminated' ? recheckDueOn : null,
      byUserId: actor.userId,
      byAgencyId: actor.agencyId,
      recordedAt: at,
    });
    await recordChange(ctx, trx, changeOf(hotspot, 'update', `hotspot.${input.to}`), at);
    return hotspot;
  });

/**
 * The lifecycle of a hotspot, oldest first, for a viewer who reads it at summary level or above (a pointer is 403);
 * the reasons only in full.
 */
export const listHotspotHistory = async (
  ctx: RequestContext,
  hotspotId: string,
): Promise<{ rows: HotspotTransitionRow[]; full: boolean }> => {
  const { facts, level } = await readRecordAccess(ctx, ctx.db, 'hotspots', hotspotId);
  if (level === 'pointer') throw new AppError('forbidden', 'Ask the owning agency for this record');
  const rows = await ctx.db
    .select()
    .from(hotspotTransitions)
    .where(eq(hotspotTransitions.hotspotId, hotspotId))
    .orderBy(asc(hotspotTransitions.on), asc(hotspotTransitions.recordedAt), asc(hotspotTransitions.id));
  await auditHotspotRead(ctx, [{ id: hotspotId, ownerAgencyId: facts.ownerAgencyId }], 'read');
  return { rows, full: level === 'full' };
};

/** The re-emergence checks the actor's agency has due by `until` (all pending ones without it), earliest first. */
export const listRechecksDue = async (
  ctx: RequestContext,
  until: string | undefined,
): Promise<HotspotRow[]> => {
  const actor = requireActor(ctx);
  const viewer = await viewerOf(ctx.db, actor, ctx.clock());
  const rows = await ctx.db
    .select()
    .from(hotspots)
    .where(
      and(
        visibleTo(viewer, hotspots, 'hotspots', 'full'),
        eq(hotspots.ownerAgencyId, actor.agencyId),
        inArray(hotspots.status, ['eliminated', 'recheck']),
        until ? lte(hotspots.recheckDueOn, until) : undefined,
      ),
    )
    .orderBy(asc(hotspots.recheckDueOn), desc(hotspots.id));
  await auditHotspotRead(ctx, rows, 'search');
  return rows;
};
