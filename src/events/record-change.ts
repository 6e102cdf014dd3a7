import type { Db } from '../db/connect.ts';
import type { RequestContext } from '../http/context.ts';
import { type AuditEntry, appendAuditItems } from '../modules/audit/index.ts';
import { writeOutboxEvents } from './outbox.ts';

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

/**
 * Writes the outbox events and the audit entries of changes in the caller's transaction: one statement for the
 * events and one for the chained entries, however many changes (a bulk import writes 500 at once).
 */
export const recordChanges = async (
  ctx: RequestContext,
  trx: Db,
  changes: readonly RecordChange[],
  at: Date,
): Promise<void> => {
  await writeOutboxEvents(
    trx,
    changes.map((change) => ({
      eventType: change.eventType,
      aggregateType: change.objectType,
      aggregateId: change.objectId,
      ownerAgencyId: change.ownerAgencyId,
      payload: change.payload,
    })),
    at,
  );
  await appendAuditItems(
    trx,
    changes.map((change) => ({
      context: ctx.audit,
      at,
      entry: {
        action: change.action,
        outcome: 'allow' as const,
        objectType: change.objectType,
        objectIds: [change.objectId],
        objectOwnerAgencyId: change.ownerAgencyId,
        detail: change.eventType,
        ...change.audit,
      },
    })),
  );
};

/** Writes the outbox event and the audit entry of a change in the caller's transaction. */
export const recordChange = (ctx: RequestContext, trx: Db, change: RecordChange, at: Date): Promise<void> =>
  recordChanges(ctx, trx, [change], at);
