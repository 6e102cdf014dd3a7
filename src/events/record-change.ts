import type { Db } from '../db/connect.ts';
import type { RequestContext } from '../http/context.ts';
import { type AuditEntry, appendAudit } from '../modules/audit/index.ts';
import { writeOutboxEvent } from './outbox.ts';

/** One write, as the outbox and the audit log record it; `audit` adds what the entry says beyond the object. */
export type RecordChange = {
  action: 'create' | 'update' | 'delete' | 'share' | 'forward';
  objectType: string;
  objectId: string;
  ownerAgencyId: string | null;
  eventType: string;
  payload: Record<string, unknown>;
  audit?: Pick<
    AuditEntry,
    'objectLevel' | 'handlingCode' | 'receivingAgencyId' | 'justification' | 'policyRuleId'
  >;
};

/** Writes the outbox event and the audit entry of a change in the caller's transaction. */
export const recordChange = async (
  ctx: RequestContext,
  trx: Db,
  change: RecordChange,
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
      ...change.audit,
    },
    at,
  );
};
