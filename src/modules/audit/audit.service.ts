import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { insertRowsAsJson } from '../../db/bulk-insert.ts';
import type { Db } from '../../db/connect.ts';
import { auditEvents, auditHead } from './audit.tables.ts';
import { type ChainedFields, hashAuditFields } from './audit-chain.ts';

/** Who acts and from where: taken from the request, carried into every audit entry. */
export type AuditContext = {
  actorUserId: string | null;
  actorAgencyId: string | null;
  actorRoles: string[];
  authMethod: string | null;
  sessionHash: string | null;
  clientIp: string | null;
  userAgent: string | null;
  requestId: string | null;
};

export type AuditAction =
  | 'login'
  | 'logout'
  | 'mfa.verify'
  | 'mfa.enrol'
  | 'password.change'
  | 'read'
  | 'search'
  | 'export'
  | 'create'
  | 'update'
  | 'delete'
  | 'share'
  | 'forward'
  | 'classify'
  | 'review'
  | 'admin.user.create'
  | 'admin.user.update'
  | 'admin.user.unlock'
  | 'admin.user.mfa_reset'
  | 'audit.read';

export type AuditEntry = {
  action: AuditAction;
  outcome: 'allow' | 'deny' | 'error';
  objectType?: string;
  objectIds?: string[];
  objectOwnerAgencyId?: string | null;
  objectLevel?: string | null;
  handlingCode?: string | null;
  policyRuleId?: string | null;
  receivingAgencyId?: string | null;
  recordsReturned?: number | null;
  justification?: string | null;
  detail?: string | null;
};

const HEAD_ID = 1;

/** One entry to append: who acted (the request's context), what happened, and when. */
export type AuditItem = { context: AuditContext; entry: AuditEntry; at: Date };

const chainedFields = ({ context, entry, at }: AuditItem, seq: number, prevHash: string): ChainedFields => ({
  seq,
  eventId: uuidv7(),
  ts: at,
  ...context,
  action: entry.action,
  objectType: entry.objectType ?? null,
  objectIds: entry.objectIds ?? [],
  objectOwnerAgencyId: entry.objectOwnerAgencyId ?? null,
  objectLevel: entry.objectLevel ?? null,
  handlingCode: entry.handlingCode ?? null,
  outcome: entry.outcome,
  policyRuleId: entry.policyRuleId ?? null,
  receivingAgencyId: entry.receivingAgencyId ?? null,
  recordsReturned: entry.recordsReturned ?? null,
  justification: entry.justification ?? null,
  detail: entry.detail ?? null,
  prevHash,
});

/**
 * Appends entries to the hash chain inside the caller's transaction, in order; the lock on the head row keeps
 * `seq` gap-free and the chain unforked. Returns the last sequence number.
 */
export const appendAuditItems = async (trx: Db, items: AuditItem[]): Promise<number> => {
  const [head] = await trx.select().from(auditHead).where(eq(auditHead.id, HEAD_ID)).for('update');
  if (!head) {
    throw new Error('audit_head row is missing: the audit migration has not run');
  }
  let { seq, hash } = head;
  const rows = items.map((item) => {
    seq += 1;
    const fields = chainedFields(item, seq, hash);
    hash = hashAuditFields(fields);
    return { ...fields, hash };
  });
  if (rows.length > 0) {
    await insertRowsAsJson(trx, auditEvents, rows);
    await trx.update(auditHead).set({ seq, hash }).where(eq(auditHead.id, HEAD_ID));
  }
  return seq;
};

/** Appends one entry to the hash chain inside the caller's transaction, so it commits exactly with the change. */
export const appendAudit = (trx: Db, context: AuditContext, entry: AuditEntry, at: Date): Promise<number> =>
  appendAuditItems(trx, [{ context, entry, at }]);
