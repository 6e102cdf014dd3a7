import { and, arrayContains, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { auditEvents } from './audit.tables.ts';

/** The actions that change an object, as its history shows them (reads and denials are not history). */
const CHANGES = ['create', 'update', 'delete', 'share', 'forward', 'classify', 'review'];

export type HistoryEntry = {
  at: Date;
  action: string;
  event: string | null;
  actorUserId: string | null;
  actorAgencyId: string | null;
  receivingAgencyId: string | null;
  justification: string | null;
};

/** Every change of one object, oldest first, from the audit log (indexed by object id). */
export const listObjectHistory = async (
  db: Db,
  objectType: string,
  objectId: string,
): Promise<HistoryEntry[]> => {
  const rows = await db
    .select({
      at: auditEvents.ts,
      action: auditEvents.action,
      event: auditEvents.detail,
      actorUserId: auditEvents.actorUserId,
      actorAgencyId: auditEvents.actorAgencyId,
      receivingAgencyId: auditEvents.receivingAgencyId,
      justification: auditEvents.justification,
    })
    .from(auditEvents)
    .where(
      and(
        arrayContains(auditEvents.objectIds, [objectId]),
        eq(auditEvents.objectType, objectType),
        inArray(auditEvents.action, CHANGES),
        eq(auditEvents.outcome, 'allow'),
      ),
    )
    .orderBy(asc(auditEvents.seq));
  return rows;
};
