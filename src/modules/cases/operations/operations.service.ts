import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { dayOf } from '../../agencies/index.ts';
import { readRecordAccess, type Viewer, viewerOf } from '../../sharing/index.ts';
import { assertReadablePersons, newlyLinked, replaceParticipants } from '../case-links.ts';
import { assertCaseWriter, assertClearedFor, assertNotFuture, assertOrdered } from '../record-rules.ts';
import type { CreateOperationBody, UpdateOperationBody } from './operations.schemas.ts';
import {
  type NewOperation,
  type OperationRow,
  operationAgencies,
  operationTargets,
  specialOperations,
} from './operations.tables.ts';

const COPIED = [
  'codeName',
  'startedOn',
  'endedOn',
  'status',
  'result',
  'note',
  'crimeDomain',
  'classification',
  'handlingCode',
  'releasableToForeign',
  'sourceReliability',
  'informationAccuracy',
] as const;

const codeTaken = () =>
  new AppError('operation_code_taken', 'Your agency already has an operation with this code name', {
    errors: [{ path: 'codeName', code: 'operation_code_taken', message: 'already used by your agency' }],
  });

/** The columns a body sets, checked: the period (not started in the future, not ended before it started), the level. */
const operationColumns = (
  ctx: RequestContext,
  viewer: Viewer,
  input: Partial<CreateOperationBody>,
  base: OperationRow | undefined,
): Partial<NewOperation> => {
  const today = dayOf(viewer.now);
  assertNotFuture(input.startedOn, today, 'startedOn');
  assertNotFuture(input.endedOn, today, 'endedOn');
  assertClearedFor(ctx, input.classification);
  const startedOn = input.startedOn ?? base?.startedOn ?? today;
  assertOrdered(startedOn, input.endedOn !== undefined ? input.endedOn : base?.endedOn, 'endedOn');
  const columns: Partial<NewOperation> = input.startedOn ? { recordedOn: input.startedOn } : {};
  for (const key of COPIED) {
    if (input[key] !== undefined) Object.assign(columns, { [key]: input[key] ?? null });
  }
  return columns;
};

const assertFreeCode = async (trx: Db, ownerAgencyId: string, codeName: string | undefined) => {
  if (!codeName) return;
  const [taken] = await trx
    .select({ id: specialOperations.id })
    .from(specialOperations)
    .where(and(eq(specialOperations.ownerAgencyId, ownerAgencyId), eq(specialOperations.codeName, codeName)));
  if (taken) throw codeTaken();
};

/** Writes the participants and targets a body names (each list replaced when given). */
const writeLinks = async (
  ctx: RequestContext,
  trx: Db,
  viewer: Viewer,
  row: OperationRow,
  input: Pick<Partial<CreateOperationBody>, 'agencies' | 'targets'>,
) => {
  const before = await trx.select().from(operationAgencies).where(eq(operationAgencies.operationId, row.id));
  await replaceParticipants(ctx, trx, {
    kind: 'operations',
    record: row,
    before: before.map((b) => b.agencyId),
    after: input.agencies ?? before.map(({ agencyId, role }) => ({ agencyId, role })),
    at: viewer.now,
    replace: async (rows) => {
      if (!input.agencies) return;
      await trx.delete(operationAgencies).where(eq(operationAgencies.operationId, row.id));
      if (rows.length === 0) return;
      await trx.insert(operationAgencies).values(
        rows.map((r) => ({
          operationId: row.id,
          ...r,
          addedAt: viewer.now,
          addedBy: ctx.actor?.userId ?? null,
        })),
      );
    },
  });
  if (!input.targets) return;
  const linked = await trx.select().from(operationTargets).where(eq(operationTargets.operationId, row.id));
  const named = input.targets.map((t) => t.personId);
  await assertReadablePersons(trx, viewer, named, 'targets', newlyLinked(linked, input.targets));
  await trx.delete(operationTargets).where(eq(operationTargets.operationId, row.id));
  if (named.length === 0) return;
  const kept = new Map(linked.map((l) => [l.personId, l]));
  await trx.insert(operationTargets).values(
    named.map((personId) => ({
      operationId: row.id,
      personId,
      linkedAt: kept.get(personId)?.linkedAt ?? viewer.now,
      linkedBy: kept.get(personId)?.linkedBy ?? ctx.actor?.userId ?? null,
    })),
  );
};

const changeOf = (row: OperationRow, action: 'create' | 'update') => ({
  action,
  objectType: 'operations',
  objectId: row.id,
  ownerAgencyId: row.ownerAgencyId,
  eventType: `operation.${action === 'create' ? 'opened' : 'updated'}`,
  payload: { operationId: row.id, version: row.version },
  audit: { handlingCode: row.handlingCode, objectLevel: row.classification },
});

/**
 * Opens a special operation led (owned) by the actor's agency. Its targets are never announced to watches: a
 * notification would tell of the operation.
 */
export const createOperation = (ctx: RequestContext, input: CreateOperationBody): Promise<OperationRow> =>
  withTransaction(ctx.db, async (trx) => {
    assertCaseWriter(ctx);
    const actor = requireActor(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    await assertFreeCode(trx, actor.agencyId, input.codeName);
    const columns = operationColumns(ctx, viewer, input, undefined);
    const at = viewer.now;
    const graded = Boolean(input.sourceReliability || input.informationAccuracy);
    const [row] = await trx
      .insert(specialOperations)
      .values({
        handlingCode: 'H2',
        crimeDomain: 'drugs',
        ...columns,
        id: uuidv7(),
        codeName: input.codeName,
        startedOn: input.startedOn,
        recordedOn: input.startedOn,
        ownerAgencyId: actor.agencyId,
        zoneIds: [],
        evaluatedBy: graded ? actor.userId : null,
        evaluatedAt: graded ? at : null,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no operation');
    await writeLinks(ctx, trx, viewer, row, input);
    await recordChange(ctx, trx, changeOf(row, 'create'), at);
    return row;
  });

/** Changes a special operation of the actor's agency at the version the caller saw (409 when stale). */
export const updateOperation = (
  ctx: RequestContext,
  operationId: string,
  input: UpdateOperationBody,
): Promise<OperationRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { facts } = await readRecordAccess(ctx, trx, 'operations', operationId);
    const actor = requireActor(ctx);
    if (facts.ownerAgencyId !== actor.agencyId) {
      throw new AppError('forbidden', 'Only the lead force changes a special operation');
    }
    assertCaseWriter(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    const [base] = await trx.select().from(specialOperations).where(eq(specialOperations.id, operationId));
    if (!base) throw new AppError('not_found', 'No such record');
    const { version, agencies, targets, ...changes } = input;
    if (changes.codeName && changes.codeName !== base.codeName) {
      await assertFreeCode(trx, actor.agencyId, changes.codeName);
    }
    const columns = operationColumns(ctx, viewer, changes, base);
    const [row] = await trx
      .update(specialOperations)
      .set({ ...columns, updatedAt: viewer.now, updatedBy: actor.userId, version: version + 1 })
      .where(and(eq(specialOperations.id, operationId), eq(specialOperations.version, version)))
      .returning();
    if (!row) throw new AppError('version_conflict', 'Someone changed this operation first; reload it');
    await writeLinks(ctx, trx, viewer, row, { agencies, targets });
    await recordChange(ctx, trx, changeOf(row, 'update'), viewer.now);
    return row;
  });
