import { asc, desc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../../db/connect.ts';
import { recordChange } from '../../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { dayOf, findAgency } from '../../agencies/index.ts';
import { readRecordAccess, syncParticipantShares } from '../../sharing/index.ts';
import { assertCaseWriter, assertNotFuture } from '../record-rules.ts';
import type { HandoverBody } from './seizures.schemas.ts';
import { type CustodyRow, seizureCustody, seizures } from './seizures.tables.ts';

/** The purpose of the share a new holder of the exhibits receives. */
const CUSTODY_PURPOSE = 'Tiếp nhận tang vật';

/** The custody chain of a seizure, first holder first. */
export const listCustody = (db: Db, seizureId: string): Promise<CustodyRow[]> =>
  db
    .select()
    .from(seizureCustody)
    .where(eq(seizureCustody.seizureId, seizureId))
    .orderBy(asc(seizureCustody.seq));

const refuse = (code: 'custody_out_of_order' | 'unknown_agency', path: string, message: string) =>
  new AppError(code, message, { errors: [{ path, code, message }] });

/**
 * Appends a handover to a seizure's custody chain: by the seizing force or the current holder (403 for any other
 * force that reads it), dated neither in the future nor before the current custody began. The new holder reads
 * the seizure in full through a share from its owner. Entries are never changed or removed.
 */
export const handOverSeizure = (
  ctx: RequestContext,
  seizureId: string,
  input: HandoverBody,
): Promise<CustodyRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { facts } = await readRecordAccess(ctx, trx, 'seizures', seizureId);
    const actor = requireActor(ctx);
    const [current] = await trx
      .select()
      .from(seizureCustody)
      .where(eq(seizureCustody.seizureId, seizureId))
      .orderBy(desc(seizureCustody.seq))
      .limit(1);
    if (!current) throw new Error('a seizure without custody');
    if (actor.agencyId !== facts.ownerAgencyId && actor.agencyId !== current.holderAgencyId) {
      throw new AppError('forbidden', 'Only the seizing force or the current holder hands the exhibits over');
    }
    assertCaseWriter(ctx);
    const at = ctx.clock();
    assertNotFuture(input.since, dayOf(at), 'since');
    if (input.since < current.since) {
      throw refuse('custody_out_of_order', 'since', `before the current custody (${current.since})`);
    }
    const recipient = await findAgency(trx, input.toAgencyId);
    if (!recipient) throw refuse('unknown_agency', 'toAgencyId', 'No such agency');
    if (recipient.id !== facts.ownerAgencyId) {
      const [seizure] = await trx.select().from(seizures).where(eq(seizures.id, seizureId));
      if (!seizure) throw new AppError('not_found', 'No such record');
      await syncParticipantShares(ctx, trx, {
        kind: 'seizures',
        record: seizure,
        agencyIds: [recipient.id],
        removedAgencyIds: [],
        purpose: CUSTODY_PURPOSE,
        pathOf: () => 'toAgencyId',
        at,
      });
    }
    const [entry] = await trx
      .insert(seizureCustody)
      .values({
        id: uuidv7(),
        seizureId,
        seq: current.seq + 1,
        holderAgencyId: recipient.id,
        holderUnit: input.holderUnit ?? null,
        holderPerson: input.holderPerson ?? null,
        since: input.since,
        note: input.note ?? null,
        recordedAt: at,
        recordedBy: actor.userId,
      })
      .returning();
    if (!entry) throw new Error('insert returned no custody entry');
    await recordChange(
      ctx,
      trx,
      {
        action: 'update',
        objectType: 'seizures',
        objectId: seizureId,
        ownerAgencyId: facts.ownerAgencyId,
        eventType: 'seizure.handed_over',
        payload: { seizureId, seq: entry.seq, holderAgencyId: recipient.id },
        audit: {
          receivingAgencyId: recipient.id,
          handlingCode: facts.handlingCode,
          objectLevel: facts.classification,
        },
      },
      at,
    );
    return entry;
  });
