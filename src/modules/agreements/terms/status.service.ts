import { withTransaction } from '../../../db/connect.ts';
import type { RequestContext } from '../../../http/context.ts';
import { canChangeStatus, isEndingStatus, MIN_SIGNING_PARTIES } from '../agreements.policy.ts';
import { findAgreementById, listPartyRows, type NewAgreement } from '../agreements.repo.ts';
import type { SignBody, StatusBody } from '../agreements.schemas.ts';
import {
  type AgreementRow,
  changeAgreementAtVersion,
  checkAgreementPeriod,
  getAgreement,
  refuse,
} from '../agreements.service.ts';

const refuseTransition = (from: string, to: string): never =>
  refuse({ path: 'status', code: 'invalid_status_transition', message: `cannot go from ${from} to ${to}` });

/** Signs a draft on a day: it needs at least two parties; the effective day defaults to the signing day. */
export const signAgreement = (
  ctx: RequestContext,
  agreementId: string,
  input: SignBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const agreement = await getAgreement(trx, agreementId);
    if (!canChangeStatus(agreement.status, 'signed')) {
      refuseTransition(agreement.status, 'signed');
    }
    if ((await listPartyRows(trx, [agreementId])).length < MIN_SIGNING_PARTIES) {
      refuse({
        path: 'parties',
        code: 'too_few_parties',
        message: 'an agreement is signed by at least two parties',
      });
    }
    const effectiveFrom = input.effectiveFrom ?? agreement.effectiveFrom ?? input.signedOn;
    checkAgreementPeriod({ effectiveFrom, effectiveUntil: agreement.effectiveUntil });
    const event = { agreementId, version: input.version, eventType: 'agreement.sign' };
    return changeAgreementAtVersion(ctx, trx, event, {
      status: 'signed',
      signedOn: input.signedOn,
      effectiveFrom,
    });
  });

/**
 * Moves an agreement to another status on a day, as the status rule allows; expiry and supersession end its period
 * on that day (so it still covers the days before), and supersession names the agreement that replaces it.
 */
export const changeAgreementStatus = (
  ctx: RequestContext,
  agreementId: string,
  input: StatusBody,
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const agreement = await getAgreement(trx, agreementId);
    if (input.status === 'signed' || !canChangeStatus(agreement.status, input.status)) {
      refuseTransition(agreement.status, input.status);
    }
    const changes: Partial<NewAgreement> = { status: input.status };
    if (input.status === 'superseded') {
      const by = input.supersededById;
      if (!by || by === agreementId || !(await findAgreementById(trx, by))) {
        refuse({
          path: 'supersededById',
          code: 'unknown_agreement',
          message: 'name the agreement that replaces it',
        });
      }
      changes.supersededById = by ?? null;
    }
    if (
      isEndingStatus(input.status) &&
      (agreement.effectiveUntil === null || input.on < agreement.effectiveUntil)
    ) {
      changes.effectiveUntil = input.on;
      checkAgreementPeriod({ effectiveFrom: agreement.effectiveFrom, effectiveUntil: input.on });
    }
    const event = {
      agreementId,
      version: input.version,
      eventType: 'agreement.status',
      payload: { on: input.on },
    };
    return changeAgreementAtVersion(ctx, trx, event, changes);
  });

/**
 * Records an agreement signed before it was entered here with the status, days and nulls its source states (e.g. a
 * signing day whose year the report omits); for imports and the demo seed, never exposed as a route.
 */
export const recordHistoricalStatus = (
  ctx: RequestContext,
  agreementId: string,
  input: Pick<NewAgreement, 'status' | 'signedOn' | 'effectiveFrom' | 'effectiveUntil'> & { version: number },
): Promise<AgreementRow> =>
  withTransaction(ctx.db, async (trx) => {
    const { version, ...changes } = input;
    if ((await listPartyRows(trx, [agreementId])).length < MIN_SIGNING_PARTIES) {
      refuse({
        path: 'parties',
        code: 'too_few_parties',
        message: 'an agreement is signed by at least two parties',
      });
    }
    checkAgreementPeriod({
      effectiveFrom: changes.effectiveFrom ?? null,
      effectiveUntil: changes.effectiveUntil ?? null,
    });
    const event = { agreementId, version, eventType: 'agreement.status_recorded' };
    return changeAgreementAtVersion(ctx, trx, event, changes);
  });
