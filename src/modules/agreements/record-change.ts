import type { Db } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import type { RequestContext } from '../../http/context.ts';
import type { AgreementRow } from './agreements.repo.ts';

/** Writes the outbox event and the audit entry of a change of an agreement in the caller's transaction. */
export const recordAgreementChange = (
  ctx: RequestContext,
  trx: Db,
  change: {
    agreement: AgreementRow;
    action: 'create' | 'update';
    eventType: string;
    payload?: Record<string, unknown>;
  },
  at: Date,
): Promise<void> => {
  const { agreement } = change;
  const payload = {
    agreementId: agreement.id,
    number: agreement.number,
    status: agreement.status,
    version: agreement.version,
    ...change.payload,
  };
  return recordChange(
    ctx,
    trx,
    {
      action: change.action,
      objectType: 'agreement',
      objectId: agreement.id,
      ownerAgencyId: null,
      eventType: change.eventType,
      payload,
    },
    at,
  );
};
