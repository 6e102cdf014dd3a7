import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { dayOf } from '../agencies/index.ts';
import { readRecordAccess, viewerOf } from '../sharing/index.ts';
import { assertNotFuture, assertWriter, checkLinkedPersons } from './hotspot-input.ts';
import { placeHotspot } from './hotspot-place.ts';
import type { CreateHotspotBody, UpdateHotspotBody } from './hotspots.schemas.ts';
import {
  type HotspotRow,
  hotspotPersons,
  hotspots,
  hotspotTransitions,
  type NewHotspot,
} from './hotspots.tables.ts';

/** The outbox event and audit entry of a write of a hotspot (its links and transitions are part of it). */
export const changeOf = (hotspot: HotspotRow, action: 'create' | 'update', eventType: string) => ({
  action,
  objectType: 'hotspots',
  objectId: hotspot.id,
  ownerAgencyId: hotspot.ownerAgencyId,
  eventType,
  payload: { hotspotId: hotspot.id, version: hotspot.version, status: hotspot.status },
  audit: { handlingCode: hotspot.handlingCode, objectLevel: hotspot.classification },
});

const externalRefTaken = () =>
  new AppError('external_ref_taken', 'Your agency already holds a hotspot with this reference', {
    errors: [{ path: 'externalRef', code: 'external_ref_taken', message: 'already used by your agency' }],
  });

/** The hotspot an agency holds under its own reference (the key of the demo seed), if any. */
export const findHotspotWithExternalRef = (db: Db, ownerAgencyId: string, externalRef: string) =>
  db
    .select({ id: hotspots.id })
    .from(hotspots)
    .where(and(eq(hotspots.ownerAgencyId, ownerAgencyId), eq(hotspots.externalRef, externalRef)))
    .then((rows) => rows[0]);

const replaceLinks = async (
  trx: Db,
  hotspotId: string,
  links: NonNullable<CreateHotspotBody['persons']>,
  by: { userId: string; at: Date },
) => {
  await trx.delete(hotspotPersons).where(eq(hotspotPersons.hotspotId, hotspotId));
  if (links.length === 0) return;
  await trx.insert(hotspotPersons).values(
    links.map((l) => ({
      hotspotId,
      personId: l.personId,
      role: l.role,
      createdAt: by.at,
      createdBy: by.userId,
    })),
  );
};

const copied = [
  'kind',
  'description',
  'drugs',
  'address',
  'classification',
  'handlingCode',
  'releasableToForeign',
  'sourceReliability',
  'informationAccuracy',
] as const;

const columnsOf = (input: Partial<CreateHotspotBody>): Partial<NewHotspot> => {
  const columns: Partial<NewHotspot> = {};
  for (const key of copied) {
    if (input[key] !== undefined) Object.assign(columns, { [key]: input[key] ?? null });
  }
  if (input.drugs !== undefined) columns.drugs = [...new Set(input.drugs)];
  if (input.name !== undefined) {
    columns.name = input.name.normalize('NFC');
    columns.nameFolded = foldVietnamese(input.name);
  }
  return columns;
};

/**
 * Records a point or hotspot for the actor's agency, placed from its point (units, distances, zones), with its
 * linked persons and the first lifecycle row (reported), its outbox event and audit entry: all or nothing.
 */
export const createHotspot = (ctx: RequestContext, input: CreateHotspotBody): Promise<HotspotRow> =>
  withTransaction(ctx.db, async (trx) => {
    assertWriter(ctx);
    const actor = requireActor(ctx);
    const at = ctx.clock();
    const reportedOn = input.reportedOn ?? dayOf(at);
    assertNotFuture(reportedOn, dayOf(at), 'reportedOn');
    if (input.externalRef && (await findHotspotWithExternalRef(trx, actor.agencyId, input.externalRef))) {
      throw externalRefTaken();
    }
    const place = await placeHotspot(trx, { lat: input.lat, lon: input.lon }, reportedOn);
    const links = await checkLinkedPersons(trx, await viewerOf(trx, actor, at), input.persons ?? []);
    const graded = Boolean(input.sourceReliability || input.informationAccuracy);
    const [hotspot] = await trx
      .insert(hotspots)
      .values({
        ...columnsOf(input),
        ...place,
        id: uuidv7(),
        externalRef: input.externalRef ?? null,
        kind: input.kind,
        name: input.name.normalize('NFC'),
        nameFolded: foldVietnamese(input.name),
        status: 'reported',
        statusOn: reportedOn,
        crimeDomain: 'drugs',
        ownerAgencyId: actor.agencyId,
        recordedOn: reportedOn,
        evaluatedBy: graded ? actor.userId : null,
        evaluatedAt: graded ? at : null,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
      })
      .returning();
    if (!hotspot) throw new Error('insert returned no hotspot');
    await replaceLinks(trx, hotspot.id, links, { userId: actor.userId, at });
    await trx.insert(hotspotTransitions).values({
      id: uuidv7(),
      hotspotId: hotspot.id,
      fromStatus: null,
      toStatus: 'reported',
      on: reportedOn,
      reason: null,
      byUserId: actor.userId,
      byAgencyId: actor.agencyId,
      recordedAt: at,
    });
    await recordChange(ctx, trx, changeOf(hotspot, 'create', 'hotspot.recorded'), at);
    return hotspot;
  });

/** Loads a hotspot the actor's agency owns and may change (404 hidden, 403 another owner or role). */
export const getOwnHotspot = async (ctx: RequestContext, trx: Db, hotspotId: string): Promise<HotspotRow> => {
  const { facts } = await readRecordAccess(ctx, trx, 'hotspots', hotspotId);
  if (facts.ownerAgencyId !== requireActor(ctx).agencyId) {
    throw new AppError('forbidden', 'Only the owning agency changes a hotspot');
  }
  assertWriter(ctx);
  const [base] = await trx.select().from(hotspots).where(eq(hotspots.id, hotspotId));
  if (!base) throw new AppError('not_found', 'No such record');
  return base;
};

/** Changes a hotspot of the actor's agency at the version the caller saw (409 when stale); a moved point is placed again. */
export const updateHotspot = (
  ctx: RequestContext,
  hotspotId: string,
  input: UpdateHotspotBody,
): Promise<HotspotRow> =>
  withTransaction(ctx.db, async (trx) => {
    const base = await getOwnHotspot(ctx, trx, hotspotId);
    const actor = requireActor(ctx);
    const at = ctx.clock();
    const { version, persons: links, lat, lon, ...changes } = input;
    const moved = (lat !== undefined && lat !== base.lat) || (lon !== undefined && lon !== base.lon);
    const place = moved
      ? await placeHotspot(trx, { lat: lat ?? base.lat, lon: lon ?? base.lon }, base.recordedOn)
      : {};
    const graded = changes.sourceReliability !== undefined || changes.informationAccuracy !== undefined;
    if (links !== undefined) {
      const checked = await checkLinkedPersons(trx, await viewerOf(trx, actor, at), links);
      await replaceLinks(trx, base.id, checked, { userId: actor.userId, at });
    }
    const [hotspot] = await trx
      .update(hotspots)
      .set({
        ...columnsOf(changes),
        ...place,
        ...(graded ? { evaluatedBy: actor.userId, evaluatedAt: at } : {}),
        updatedAt: at,
        updatedBy: actor.userId,
        version: version + 1,
      })
      .where(and(eq(hotspots.id, base.id), eq(hotspots.version, version)))
      .returning();
    if (!hotspot) throw new AppError('version_conflict', 'Someone changed this hotspot first; reload it');
    await recordChange(ctx, trx, changeOf(hotspot, 'update', 'hotspot.updated'), at);
    return hotspot;
  });
