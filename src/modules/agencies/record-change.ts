import type { Db } from '../../db/connect.ts';
import { writeOutboxEvent } from '../../events/outbox.ts';
import type { RequestContext } from '../../http/context.ts';
import { appendAudit } from '../audit/index.ts';

/** One write of the agencies module, as the outbox and the audit log record it. */
export type AgencyChange = {
  action: 'create' | 'update' | 'delete';
  objectType: 'agency' | 'agency_contact' | 'agency_group';
  objectId: string;
  ownerAgencyId: string | null;
  eventType: string;
  payload: Record<string, unknown>;
};

/** Writes the outbox event and the audit entry of a change in the caller's transaction. */
export const recordChange = async (
  ctx: RequestContext,
  trx: Db,
  change: AgencyChange,
  at: Date,
): Promise<void> => {
  await writeOutboxEvent(
    trx,
    {
      eventType: change.eventType,
      aggregateType: change.objectType,
      aggregateId: change.objectId,
      ownerAgencyId: change.ownerAgencyId,
      payload: change.payload,
    },
    at,
  );
  await appendAudit(
    trx,
    ctx.audit,
    {
      action: change.action,
      outcome: 'allow',
      objectType: change.objectType,
      objectIds: [change.objectId],
      objectOwnerAgencyId: change.ownerAgencyId,
      detail: change.eventType,
    },
    at,
  );
};
