import type { Db } from '../../db/connect.ts';
import { writeOutboxEvent } from '../../events/outbox.ts';
import type { RequestContext } from '../../http/context.ts';
import { appendAudit } from '../audit/index.ts';
import type { AgreementRow } from './agreements.repo.ts';

/** Writes the outbox event and the audit entry of a change of an agreement in the caller's transaction. */
export const recordAgreementChange = async (
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
  await writeOutboxEvent(
    trx,
    {
      eventType: change.eventType,
      aggregateType: 'agreement',
      aggregateId: agreement.id,
      ownerAgencyId: null,
      payload,
    },
    at,
  );
  await appendAudit(
    trx,
    ctx.audit,
    {
      action: change.action,
      outcome: 'allow',
      objectType: 'agreement',
      objectIds: [agreement.id],
      objectOwnerAgencyId: null,
      detail: change.eventType,
    },
    at,
  );
};
