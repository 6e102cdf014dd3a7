import { and, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { dayOf } from '../agencies/index.ts';
import { findRecordAccess, readRecordAccess, type Viewer, viewerOf } from '../sharing/index.ts';
import { assertReadablePersons, newlyLinked, replaceParticipants } from './case-links.ts';
import { placeCase } from './case-place.ts';
import type { CreateCaseBody, UpdateCaseBody } from './cases.schemas.ts';
import { type CaseRow, caseAgencies, casePersons, cases, type NewCase } from './cases.tables.ts';
import { assertCaseWriter, assertClearedFor, assertNotFuture } from './record-rules.ts';

const fieldError = (
  code: 'offence_required' | 'unknown_operation' | 'unknown_hotspot' | 'external_ref_taken',
  path: string,
) => {
  const message = code.replaceAll('_', ' ');
  return new AppError(code, message, { errors: [{ path, code, message }] });
};

const COPIED = [
  'externalRef',
  'kind',
  'crimeDomain',
  'offence',
  'status',
  'summary',
  'operationId',
  'hotspotId',
  'classification',
  'handlingCode',
  'releasableToForeign',
  'sourceReliability',
  'informationAccuracy',
] as const;

/**
 * The columns a create or an update sets from the body, checked: the day (not in the future), the place (its unit,
 * province and zones), an offence for a criminal case, a special operation the writer may read, the level against
 * the writer's clearance. `base` is the row being changed, if any.
 */
export const caseColumns = async (
  trx: Db,
  ctx: RequestContext,
  viewer: Viewer,
  input: Partial<CreateCaseBody>,
  base: CaseRow | undefined,
): Promise<Partial<NewCase>> => {
  const columns: Partial<NewCase> = {};
  assertNotFuture(input.occurredOn, dayOf(viewer.now), 'occurredOn');
  assertClearedFor(ctx, input.classification);
  if (input.occurredOn)
    Object.assign(columns, { occurredOn: input.occurredOn, recordedOn: input.occurredOn });
  if (input.title !== undefined) {
    columns.title = input.title.normalize('NFC');
    columns.titleFolded = foldVietnamese(input.title);
  }
  if (input.place) {
    const place = await placeCase(trx, input.place);
    Object.assign(columns, {
      placeStructure: input.place.structure,
      placeUnitCode: input.place.unitCode,
      placeDetail: input.place.detail ?? null,
      lat: input.place.lat ?? null,
      lon: input.place.lon ?? null,
      provinceCode: place.provinceCode,
      zoneIds: place.zoneIds,
    });
  }
  const kind = input.kind ?? base?.kind;
  const offence = input.offence !== undefined ? input.offence : base?.offence;
  if (kind === 'criminal_case' && !offence) throw fieldError('offence_required', 'offence');
  if (input.operationId && input.operationId !== base?.operationId) {
    const operation = await findRecordAccess(trx, viewer, 'operations', input.operationId);
    if (!operation || operation.level === 'none') throw fieldError('unknown_operation', 'operationId');
  }
  if (input.hotspotId && input.hotspotId !== base?.hotspotId) {
    const hotspot = await findRecordAccess(trx, viewer, 'hotspots', input.hotspotId);
    if (!hotspot || hotspot.level === 'none') throw fieldError('unknown_hotspot', 'hotspotId');
  }
  for (const key of COPIED) {
    if (input[key] !== undefined) Object.assign(columns, { [key]: input[key] ?? null });
  }
  return columns;
};

const changeOf = (row: CaseRow, action: 'create' | 'update') => ({
  action,
  objectType: 'cases',
  objectId: row.id,
  ownerAgencyId: row.ownerAgencyId,
  eventType: `case.${action === 'create' ? 'recorded' : 'updated'}`,
  payload: { caseId: row.id, version: row.version },
  audit: { handlingCode: row.handlingCode, objectLevel: row.classification },
});

const assertFreeRef = async (trx: Db, row: { ownerAgencyId: string; externalRef?: string | null }) => {
  if (!row.externalRef) return;
  const [taken] = await trx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.ownerAgencyId, row.ownerAgencyId), eq(cases.externalRef, row.externalRef)));
  if (taken) throw fieldError('external_ref_taken', 'externalRef');
};

/** Writes the participants and persons a body names (each list replaced when given); the newly linked persons. */
const writeLinks = async (
  ctx: RequestContext,
  trx: Db,
  viewer: Viewer,
  row: CaseRow,
  input: Pick<Partial<CreateCaseBody>, 'agencies' | 'persons'>,
): Promise<string[]> => {
  const before = await trx.select().from(caseAgencies).where(eq(caseAgencies.caseId, row.id));
  const after = input.agencies ?? before.map(({ agencyId, role }) => ({ agencyId, role }));
  await replaceParticipants(ctx, trx, {
    kind: 'cases',
    record: row,
    before: before.map((b) => b.agencyId),
    after,
    at: viewer.now,
    replace: async (rows) => {
      if (!input.agencies) return;
      await trx.delete(caseAgencies).where(eq(caseAgencies.caseId, row.id));
      if (rows.length === 0) return;
      await trx.insert(caseAgencies).values(
        rows.map((r) => ({
          caseId: row.id,
          ...r,
          addedAt: viewer.now,
          addedBy: ctx.actor?.userId ?? null,
        })),
      );
    },
  });
  if (!input.persons) return [];
  const linked = await trx.select().from(casePersons).where(eq(casePersons.caseId, row.id));
  const added = newlyLinked(linked, input.persons);
  const named = input.persons.map((p) => p.personId);
  await assertReadablePersons(trx, viewer, named, 'persons', added);
  await trx.delete(casePersons).where(eq(casePersons.caseId, row.id));
  if (input.persons.length > 0) {
    const kept = new Map(linked.map((l) => [l.personId, l]));
    await trx.insert(casePersons).values(
      input.persons.map((p) => ({
        caseId: row.id,
        personId: p.personId,
        role: p.role,
        linkedAt: kept.get(p.personId)?.linkedAt ?? viewer.now,
        linkedBy: kept.get(p.personId)?.linkedBy ?? ctx.actor?.userId ?? null,
      })),
    );
  }
  return added;
};

/** A case written, and the persons it newly links (for the watch notifications after commit). */
export type CaseWrite = { row: CaseRow; linkedPersonIds: string[] };

/** Records a case led (owned) by the actor's agency, with its participants and persons, in one transaction. */
export const createCase = (ctx: RequestContext, input: CreateCaseBody): Promise<CaseWrite> =>
  withTransaction(ctx.db, async (trx) => {
    assertCaseWriter(ctx);
    const actor = requireActor(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    const at = viewer.now;
    await assertFreeRef(trx, { ownerAgencyId: actor.agencyId, externalRef: input.externalRef });
    const columns = await caseColumns(trx, ctx, viewer, input, undefined);
    const [row] = await trx
      .insert(cases)
      .values({
        crimeDomain: 'drugs',
        ...columns,
        id: uuidv7(),
        kind: input.kind,
        title: columns.title ?? input.title,
        titleFolded: columns.titleFolded ?? foldVietnamese(input.title),
        occurredOn: input.occurredOn,
        recordedOn: input.occurredOn,
        placeStructure: input.place.structure,
        placeUnitCode: input.place.unitCode,
        ownerAgencyId: actor.agencyId,
        evaluatedBy: input.sourceReliability || input.informationAccuracy ? actor.userId : null,
        evaluatedAt: input.sourceReliability || input.informationAccuracy ? at : null,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no case');
    const linkedPersonIds = await writeLinks(ctx, trx, viewer, row, input);
    await recordChange(ctx, trx, changeOf(row, 'create'), at);
    return { row, linkedPersonIds };
  });

/** Changes a case of the actor's agency at the version the caller saw (409 when stale); lists given are replaced. */
export const updateCase = (ctx: RequestContext, caseId: string, input: UpdateCaseBody): Promise<CaseWrite> =>
  withTransaction(ctx.db, async (trx) => {
    const { facts } = await readRecordAccess(ctx, trx, 'cases', caseId);
    const actor = requireActor(ctx);
    if (facts.ownerAgencyId !== actor.agencyId) {
      throw new AppError('forbidden', 'Only the lead force changes a case');
    }
    assertCaseWriter(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    const [base] = await trx.select().from(cases).where(eq(cases.id, caseId));
    if (!base) throw new AppError('not_found', 'No such record');
    const { version, agencies, persons, ...changes } = input;
    if (changes.externalRef && changes.externalRef !== base.externalRef) {
      await assertFreeRef(trx, { ownerAgencyId: actor.agencyId, externalRef: changes.externalRef });
    }
    const columns = await caseColumns(trx, ctx, viewer, changes, base);
    const graded = changes.sourceReliability !== undefined || changes.informationAccuracy !== undefined;
    const [row] = await trx
      .update(cases)
      .set({
        ...columns,
        ...(graded ? { evaluatedBy: actor.userId, evaluatedAt: viewer.now } : {}),
        updatedAt: viewer.now,
        updatedBy: actor.userId,
        version: version + 1,
      })
      .where(and(eq(cases.id, caseId), eq(cases.version, version)))
      .returning();
    if (!row) throw new AppError('version_conflict', 'Someone changed this case first; reload it');
    const linkedPersonIds = await writeLinks(ctx, trx, viewer, row, { agencies, persons });
    await recordChange(ctx, trx, changeOf(row, 'update'), viewer.now);
    return { row, linkedPersonIds };
  });

/** The participants and persons of cases, in two queries, for the full views. */
export const listCaseLinks = async (db: Db, caseIds: readonly string[]) => {
  if (caseIds.length === 0) return { agencies: [], persons: [] };
  const ids = [...caseIds];
  return {
    agencies: await db.select().from(caseAgencies).where(inArray(caseAgencies.caseId, ids)),
    persons: await db.select().from(casePersons).where(inArray(casePersons.caseId, ids)),
  };
};
