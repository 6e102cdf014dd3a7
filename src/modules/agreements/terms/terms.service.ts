import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { AppError } from '../../../http/problem.ts';
import { dayOf } from '../../agencies/index.ts';
import {
  type AgreementRow,
  deleteParty,
  insertParties,
  listPartyRows,
  replaceObligations,
  replaceReviews,
  replaceZones,
} from '../agreements.repo.ts';
import type { AddPartyBody, ObligationsBody, ReviewsBody, ZonesBody } from '../agreements.schemas.ts';
import {
  changeAgreementAtVersion,
  checkParties,
  getAgreement,
  listPartyAgencyIds,
  partyRow,
  refuse,
} from '../agreements.service.ts';
import { checkZonesWithinParties } from './zone-check.ts';

/** The day an agreement's zones are checked against the parties' jurisdictions: its start, else today. */
const referenceDay = (ctx: RequestContext, agreement: AgreementRow): string =>
  agreement.effectiveFrom ?? agreement.signedOn ?? dayOf(ctx.clock());

/** Adds a party (with its signatory) at the version the caller saw. */
export const addParty = (
  ctx: RequestContext,
  agreementId: string,
  input: AddPartyBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getAgreement(trx, agreementId);
    const { version, ...party } = input;
    await checkParties(trx, [party], () => 'agencyId', await listPartyAgencyIds(trx, agreementId));
    await insertParties(trx, [partyRow(agreementId, party)]);
    const payload = { agencyId: party.agencyId };
    return changeAgreementAtVersion(
      ctx,
      trx,
      { agreementId, version, eventType: 'agreement.party_add', payload },
      {},
    );
  });

/** Removes a party at the version the caller saw; `not_found` when the agreement has no such party. */
export const removeParty = (
  ctx: RequestContext,
  params: { agreementId: string; partyId: string },
  version: number,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { agreementId, partyId } = params;
    await getAgreement(trx, agreementId);
    const party = (await listPartyRows(trx, [agreementId])).find((row) => row.id === partyId);
    if (!party) {
      throw new AppError('not_found', 'No such party of this agreement');
    }
    await deleteParty(trx, agreementId, partyId);
    const payload = { agencyId: party.agencyId };
    return changeAgreementAtVersion(
      ctx,
      trx,
      { agreementId, version, eventType: 'agreement.party_remove', payload },
      {},
    );
  });

/** Replaces the zones an agreement covers (each within the parties' jurisdictions) and its free-text area. */
export const setZones = (ctx: RequestContext, agreementId: string, input: ZonesBody): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const agreement = await getAgreement(trx, agreementId);
    const zoneIds = [...new Set(input.zoneIds)];
    const agencyIds = await listPartyAgencyIds(trx, agreementId);
    await checkZonesWithinParties(trx, {
      zoneIds: input.zoneIds,
      agencyIds,
      day: referenceDay(ctx, agreement),
    });
    await replaceZones(trx, agreementId, zoneIds);
    const changes = input.areaDescription === undefined ? {} : { areaDescription: input.areaDescription };
    const event = {
      agreementId,
      version: input.version,
      eventType: 'agreement.zones_set',
      payload: { zoneIds },
    };
    return changeAgreementAtVersion(ctx, trx, event, changes);
  });

/** Replaces what each party shares automatically, and the reply deadlines between parties. */
export const setObligations = (
  ctx: RequestContext,
  agreementId: string,
  input: ObligationsBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getAgreement(trx, agreementId);
    const parties = new Set(await listPartyAgencyIds(trx, agreementId));
    for (const [index, obligation] of input.obligations.entries()) {
      if (obligation.agencyId !== null && !parties.has(obligation.agencyId)) {
        refuse({
          path: `obligations.${index}.agencyId`,
          code: 'not_a_party',
          message: 'not a party of this agreement',
        });
      }
    }
    await replaceObligations(
      trx,
      agreementId,
      input.obligations.map((obligation) => ({
        id: uuidv7(),
        agreementId,
        agencyId: obligation.agencyId,
        recordKind: obligation.recordKind,
        level: obligation.level,
        note: obligation.note ?? null,
      })),
    );
    const deadlines = input.replyDeadlines;
    const event = { agreementId, version: input.version, eventType: 'agreement.obligations_set' };
    return changeAgreementAtVersion(ctx, trx, event, {
      urgentReplyHours: deadlines.urgentHours,
      normalReplyHours: deadlines.normalHours,
      lowReplyHours: deadlines.lowHours,
    });
  });

/** Replaces an agreement's review schedule; each review recurs every N months or falls on a fixed day, not both. */
export const setReviews = (
  ctx: RequestContext,
  agreementId: string,
  input: ReviewsBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    await getAgreement(trx, agreementId);
    for (const [index, review] of input.reviews.entries()) {
      if ((review.everyMonths === null) === (review.fixedOn === null)) {
        const message = 'give either everyMonths or fixedOn';
        refuse({ path: `reviews.${index}.everyMonths`, code: 'invalid_schedule', message });
      }
    }
    await replaceReviews(
      trx,
      agreementId,
      input.reviews.map((review) => ({
        id: uuidv7(),
        agreementId,
        kind: review.kind,
        everyMonths: review.everyMonths,
        fixedOn: review.fixedOn,
        lastHeldOn: review.lastHeldOn ?? null,
        remindDaysBefore: review.remindDaysBefore,
        note: review.note ?? null,
      })),
    );
    const event = { agreementId, version: input.version, eventType: 'agreement.reviews_set' };
    return changeAgreementAtVersion(ctx, trx, event, {});
  });
