import { and, asc, count, eq, gt, isNull, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { listAgencyUnitsOn } from '../../agencies/index.ts';
import { getUnit } from '../../geo/index.ts';
import { assertWriter } from '../hotspot-input.ts';
import type {
  ClassificationListQuery,
  CreateClassificationBody,
  UpdateClassificationBody,
} from './classifications.schemas.ts';
import {
  type CommuneDrugClassificationRow,
  communeDrugClassifications as table,
} from './classifications.tables.ts';

const issue = (
  code: 'invalid_period' | 'classification_overlap' | 'outside_jurisdiction',
  path: string,
  message: string,
) => new AppError(code, message, { errors: [{ path, code, message }] });

/** Refuses a period that ends on or before its first day, and one that overlaps another of the same commune. */
const checkPeriod = async (
  trx: Db,
  row: { id: string | null; communeCode: string; validFrom: string; validUntil: string | null },
) => {
  if (row.validUntil !== null && row.validUntil <= row.validFrom) {
    throw issue('invalid_period', 'validUntil', 'validUntil must be after validFrom');
  }
  const [clash] = await trx
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.communeCode, row.communeCode),
        row.id ? ne(table.id, row.id) : undefined,
        or(isNull(table.validUntil), gt(table.validUntil, row.validFrom)),
        row.validUntil === null ? undefined : lt(table.validFrom, row.validUntil),
      ),
    );
  if (clash)
    throw issue('classification_overlap', 'validFrom', 'the commune already has a class in this period');
};

/** The commune (current structure), which must lie in a province of the actor's agency's jurisdiction on `day`. */
const communeOfAgency = async (ctx: RequestContext, trx: Db, communeCode: string, day: string) => {
  const commune = await getUnit(trx, { structure: 'current', code: communeCode }, 'communeCode');
  const province = commune.provinceCode ?? commune.code;
  const units = await listAgencyUnitsOn(trx, requireActor(ctx).agencyId, day, 'current');
  if (
    commune.level !== 'commune' ||
    !units.some((u) => u.unitCode === province || u.unitCode === commune.code)
  ) {
    throw issue('outside_jurisdiction', 'communeCode', 'your agency does not cover this commune');
  }
  return { communeCode: commune.code, provinceCode: province };
};

const EVENT_TYPES = {
  create: 'commune_classification.recorded',
  update: 'commune_classification.updated',
  delete: 'commune_classification.deleted',
} as const;

const change = (row: CommuneDrugClassificationRow, action: 'create' | 'update' | 'delete') => ({
  action,
  objectType: 'commune_drug_classifications',
  objectId: row.id,
  ownerAgencyId: row.agencyId,
  eventType: EVENT_TYPES[action],
  payload: {
    classificationId: row.id,
    communeCode: row.communeCode,
    drugClass: row.drugClass,
    version: row.version,
  },
});

/** Records a commune's class for a period, by an agency whose jurisdiction holds the commune. */
export const createClassification = (ctx: RequestContext, input: CreateClassificationBody) =>
  withTransaction(ctx.db, async (trx) => {
    assertWriter(ctx);
    const actor = requireActor(ctx);
    const at = ctx.clock();
    const place = await communeOfAgency(ctx, trx, input.communeCode, input.validFrom);
    const validUntil = input.validUntil ?? null;
    await checkPeriod(trx, {
      id: null,
      communeCode: place.communeCode,
      validFrom: input.validFrom,
      validUntil,
    });
    const [row] = await trx
      .insert(table)
      .values({
        ...input,
        ...place,
        validUntil,
        id: uuidv7(),
        agencyId: actor.agencyId,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no classification');
    await recordChange(ctx, trx, change(row, 'create'), at);
    return row;
  });

/** The classification, changed or removed only by the agency that recorded it (403 for any other; 404 if none). */
const getOwn = async (ctx: RequestContext, trx: Db, id: string) => {
  const [row] = await trx.select().from(table).where(eq(table.id, id));
  if (!row) throw new AppError('not_found', 'No such classification');
  if (row.agencyId !== requireActor(ctx).agencyId) {
    throw new AppError('forbidden', 'Only the agency that recorded a classification changes it');
  }
  assertWriter(ctx);
  return row;
};

/** Changes a classification at the version the caller saw (409 when stale). */
export const updateClassification = (ctx: RequestContext, id: string, input: UpdateClassificationBody) =>
  withTransaction(ctx.db, async (trx) => {
    const base = await getOwn(ctx, trx, id);
    const at = ctx.clock();
    const { version, ...changes } = input;
    const validFrom = changes.validFrom ?? base.validFrom;
    const validUntil = changes.validUntil === undefined ? base.validUntil : changes.validUntil;
    await checkPeriod(trx, { id, communeCode: base.communeCode, validFrom, validUntil });
    const [row] = await trx
      .update(table)
      .set({
        ...changes,
        validUntil,
        updatedAt: at,
        updatedBy: requireActor(ctx).userId,
        version: version + 1,
      })
      .where(and(eq(table.id, id), eq(table.version, version)))
      .returning();
    if (!row) throw new AppError('version_conflict', 'Someone changed this classification first; reload it');
    await recordChange(ctx, trx, change(row, 'update'), at);
    return row;
  });

/** Removes a classification recorded in error, at the version the caller saw. */
export const deleteClassification = (ctx: RequestContext, id: string, version: number) =>
  withTransaction(ctx.db, async (trx) => {
    const base = await getOwn(ctx, trx, id);
    const [row] = await trx
      .delete(table)
      .where(and(eq(table.id, id), eq(table.version, version)))
      .returning();
    if (!row) throw new AppError('version_conflict', 'Someone changed this classification first; reload it');
    await recordChange(ctx, trx, change(base, 'delete'), ctx.clock());
  });

/** Classifications by commune, province or the day they hold on, readable by every logged-in user. */
export const listClassifications = async (db: Db, query: ClassificationListQuery) => {
  const conditions: (SQL | undefined)[] = [
    query.commune ? eq(table.communeCode, query.commune) : undefined,
    query.province ? eq(table.provinceCode, query.province) : undefined,
    query.on ? lte(table.validFrom, query.on) : undefined,
    query.on ? or(isNull(table.validUntil), gt(table.validUntil, query.on)) : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(table)
    .where(where)
    .orderBy(asc(table.provinceCode), asc(table.communeCode), asc(table.validFrom))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(table).where(where);
  return { rows, total: Number(total?.n ?? 0) };
};
