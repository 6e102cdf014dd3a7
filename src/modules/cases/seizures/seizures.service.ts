import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError, type FieldIssue } from '../../../http/problem.ts';
import { dayOf } from '../../agencies/index.ts';
import { readRecordAccess, type Viewer, viewerOf } from '../../sharing/index.ts';
import { replaceParticipants } from '../case-links.ts';
import { cases } from '../cases.tables.ts';
import { assertCaseWriter, assertClearedFor, assertNotFuture } from '../record-rules.ts';
import type { CreateSeizureBody, UpdateSeizureBody } from './seizures.schemas.ts';
import {
  type NewSeizure,
  type SeizureRow,
  seizureAgencies,
  seizureCustody,
  seizures,
} from './seizures.tables.ts';
import { checkQuantity } from './substances.ts';

type Drug = Pick<NewSeizure, 'substance' | 'quantity' | 'unit'>;

const refuse = (
  code: 'validation_failed' | 'unit_not_allowed' | 'quantity_out_of_range',
  issues: FieldIssue[],
) => new AppError(code, issues.map((i) => `${i.path}: ${i.message}`).join('; '), { errors: issues });

/**
 * Checks what a seizure holds: a substance with a quantity in a unit that fits it (422 `unit_not_allowed` at
 * `unit`, `quantity_out_of_range` at `quantity` for a negative, zero or absurd figure), or at least one exhibit.
 */
export const checkSeizureContent = (drug: Drug, exhibitCount: number): void => {
  const named = [drug.substance, drug.quantity, drug.unit].filter(
    (v) => v !== null && v !== undefined,
  ).length;
  if (named === 0 && exhibitCount === 0) {
    throw refuse('validation_failed', [
      { path: 'substance', code: 'required', message: 'a drug or an exhibit' },
    ]);
  }
  if (named === 0) return;
  const missing = (['substance', 'quantity', 'unit'] as const).filter(
    (k) => drug[k] === null || drug[k] === undefined,
  );
  if (missing.length > 0) {
    throw refuse(
      'validation_failed',
      missing.map((path) => ({
        path,
        code: 'required',
        message: 'a drug states substance, quantity and unit',
      })),
    );
  }
  const fault = checkQuantity(drug.substance as never, Number(drug.quantity), drug.unit as never);
  if (fault === 'unit_not_allowed') {
    throw refuse(fault, [
      { path: 'unit', code: fault, message: `${drug.unit} does not fit ${drug.substance}` },
    ]);
  }
  if (fault)
    throw refuse(fault, [
      { path: 'quantity', code: fault, message: 'above 0 and within the bound of its unit' },
    ]);
};

const changeOf = (row: SeizureRow, action: 'create' | 'update') => ({
  action,
  objectType: 'seizures',
  objectId: row.id,
  ownerAgencyId: row.ownerAgencyId,
  eventType: `seizure.${action === 'create' ? 'recorded' : 'updated'}`,
  payload: { seizureId: row.id, caseId: row.caseId, version: row.version },
  audit: { handlingCode: row.handlingCode, objectLevel: row.classification },
});

/** Credits the joint forces (the owner is always `lead`) and gives them the participation share. */
const writeCredits = async (
  ctx: RequestContext,
  trx: Db,
  viewer: Viewer,
  row: SeizureRow,
  agencies: readonly { agencyId: string }[] | undefined,
) => {
  const before = await trx.select().from(seizureAgencies).where(eq(seizureAgencies.seizureId, row.id));
  const joint = before.filter((b) => b.role === 'joint');
  await replaceParticipants(ctx, trx, {
    kind: 'seizures',
    record: row,
    before: joint.map((b) => b.agencyId),
    after: (agencies ?? joint).map((a) => ({ agencyId: a.agencyId, role: 'support' as const })),
    at: viewer.now,
    replace: async (rows) => {
      if (agencies === undefined && before.length > 0) return;
      await trx.delete(seizureAgencies).where(eq(seizureAgencies.seizureId, row.id));
      await trx
        .insert(seizureAgencies)
        .values([
          { seizureId: row.id, agencyId: row.ownerAgencyId, role: 'lead' as const },
          ...rows.map((r) => ({ seizureId: row.id, agencyId: r.agencyId, role: 'joint' as const })),
        ]);
    },
  });
};

const SEIZURE_COPIED = [
  'note',
  'classification',
  'handlingCode',
  'releasableToForeign',
  'sourceReliability',
  'informationAccuracy',
] as const;

/**
 * Records a seizure on a case the actor's force reads in full (the lead force's or a participant's), owned by the
 * actor's force; it takes the case's place, domain and handling unless stated; its custody starts with the seizing
 * force on the day of the seizure.
 */
export const createSeizure = (
  ctx: RequestContext,
  caseId: string,
  input: CreateSeizureBody,
): Promise<SeizureRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { level } = await readRecordAccess(ctx, trx, 'cases', caseId);
    if (level !== 'full') throw new AppError('forbidden', 'Only the forces of a case record its seizures');
    assertCaseWriter(ctx);
    const actor = requireActor(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    assertNotFuture(input.seizedOn, dayOf(viewer.now), 'seizedOn');
    assertClearedFor(ctx, input.classification);
    checkSeizureContent(input, input.exhibits?.length ?? 0);
    const [kase] = await trx.select().from(cases).where(eq(cases.id, caseId));
    if (!kase) throw new AppError('not_found', 'No such record');
    const copied = Object.fromEntries(
      SEIZURE_COPIED.flatMap((k) => (input[k] === undefined ? [] : [[k, input[k]]])),
    );
    const at = viewer.now;
    const [row] = await trx
      .insert(seizures)
      .values({
        classification: kase.classification,
        handlingCode: kase.handlingCode,
        releasableToForeign: kase.releasableToForeign,
        ...copied,
        id: uuidv7(),
        caseId,
        seizedOn: input.seizedOn,
        substance: input.substance ?? null,
        quantity: input.quantity ?? null,
        unit: input.unit ?? null,
        exhibits: input.exhibits ?? [],
        provinceCode: kase.provinceCode,
        ownerAgencyId: actor.agencyId,
        crimeDomain: kase.crimeDomain,
        recordedOn: input.seizedOn,
        zoneIds: kase.zoneIds,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no seizure');
    await writeCredits(ctx, trx, viewer, row, input.agencies ?? []);
    await trx.insert(seizureCustody).values({
      id: uuidv7(),
      seizureId: row.id,
      seq: 1,
      holderAgencyId: actor.agencyId,
      holderUnit: input.holderUnit ?? null,
      holderPerson: input.holderPerson ?? null,
      since: input.seizedOn,
      recordedAt: at,
      recordedBy: actor.userId,
    });
    await recordChange(ctx, trx, changeOf(row, 'create'), at);
    return row;
  });

/** Changes a seizure of the actor's force at the version the caller saw (409 when stale); all checks as on create. */
export const updateSeizure = (
  ctx: RequestContext,
  seizureId: string,
  input: UpdateSeizureBody,
): Promise<SeizureRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { facts } = await readRecordAccess(ctx, trx, 'seizures', seizureId);
    const actor = requireActor(ctx);
    if (facts.ownerAgencyId !== actor.agencyId)
      throw new AppError('forbidden', 'Only the seizing force changes it');
    assertCaseWriter(ctx);
    const viewer = await viewerOf(trx, actor, ctx.clock());
    const [base] = await trx.select().from(seizures).where(eq(seizures.id, seizureId));
    if (!base) throw new AppError('not_found', 'No such record');
    const { version, agencies, ...changes } = input;
    assertNotFuture(changes.seizedOn, dayOf(viewer.now), 'seizedOn');
    assertClearedFor(ctx, changes.classification);
    const pick = <K extends keyof Drug>(k: K) => (changes[k] !== undefined ? changes[k] : base[k]);
    const drug = { substance: pick('substance'), quantity: pick('quantity'), unit: pick('unit') };
    checkSeizureContent(drug, (changes.exhibits ?? base.exhibits).length);
    const copied = Object.fromEntries(
      SEIZURE_COPIED.flatMap((k) => (changes[k] === undefined ? [] : [[k, changes[k]]])),
    );
    const [row] = await trx
      .update(seizures)
      .set({
        ...copied,
        ...drug,
        ...(changes.seizedOn ? { seizedOn: changes.seizedOn, recordedOn: changes.seizedOn } : {}),
        ...(changes.exhibits ? { exhibits: changes.exhibits } : {}),
        updatedAt: viewer.now,
        updatedBy: actor.userId,
        version: version + 1,
      })
      .where(and(eq(seizures.id, seizureId), eq(seizures.version, version)))
      .returning();
    if (!row) throw new AppError('version_conflict', 'Someone changed this seizure first; reload it');
    await writeCredits(ctx, trx, viewer, row, agencies);
    await recordChange(ctx, trx, changeOf(row, 'update'), viewer.now);
    return row;
  });
