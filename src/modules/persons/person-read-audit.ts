import type { RequestContext } from '../../http/context.ts';
import { recordAuditedRead } from '../audit/index.ts';

/**
 * Records that the actor read these persons (a GET, a list or search page, or a part of a record such as its links,
 * history or photo named by `detail`), before they leave the server.
 */
export const auditPersonsRead = (
  ctx: RequestContext,
  rows: { id: string; ownerAgencyId: string }[],
  read: { action?: 'read' | 'search'; detail?: string } = {},
) =>
  recordAuditedRead(ctx.db, {
    context: ctx.audit,
    at: ctx.clock(),
    entry: {
      action: read.action ?? 'read',
      outcome: 'allow',
      objectType: 'persons',
      objectIds: rows.map((r) => r.id),
      objectOwnerAgencyId: rows.length === 1 ? (rows[0]?.ownerAgencyId ?? null) : null,
      recordsReturned: rows.length,
      ...(read.detail ? { detail: read.detail } : {}),
    },
  });
