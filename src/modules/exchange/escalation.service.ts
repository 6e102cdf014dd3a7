import { and, inArray, isNull, lte } from 'drizzle-orm';
import { type Db, withTransaction } from '../../db/connect.ts';
import type { AppDeps } from '../../http/context.ts';
import { type RequestContext, systemContext } from '../../http/context.ts';
import { dayOf } from '../agencies/index.ts';
import { listAgencyUserIdsWithRole } from '../auth/index.ts';
import { notify } from '../inbox/index.ts';
import { messageRecipients, type RecipientRow } from './exchange.tables.ts';
import { publishInboxChange } from './live.ts';
import { moveRow } from './moves.service.ts';
import { countUnread } from './unread.ts';

const OPEN = ['sent', 'delivered', 'read', 'acknowledged'] as const;

const notifyOverdue = async (db: Db, row: RecipientRow, at: Date) => {
  const event = {
    at: at.toISOString(),
    event: 'message.overdue',
    recordId: row.messageId,
    byAgencyId: row.recipientAgencyId,
  };
  const day = dayOf(at);
  // Each commander of the late force, for that user alone; grouped per day so a backlog is one notification.
  for (const userId of await listAgencyUserIdsWithRole(db, row.recipientAgencyId, 'commander')) {
    await notify(
      db,
      {
        agencyId: row.recipientAgencyId,
        userId,
        kind: 'request_overdue',
        groupKey: `overdue:${userId}:${day}`,
        recordKind: 'messages',
        recordId: row.messageId,
        fromAgencyId: row.senderAgencyId,
        event,
      },
      at,
    );
  }
  // The asking force sees it too, on its own dashboard.
  await notify(
    db,
    {
      agencyId: row.senderAgencyId,
      kind: 'request_overdue',
      groupKey: `overdue-sent:${row.recipientAgencyId}:${day}`,
      recordKind: 'messages',
      recordId: row.messageId,
      fromAgencyId: row.recipientAgencyId,
      event,
    },
    at,
  );
};

/**
 * Marks every open request whose deadline has passed at `now` as overdue, dated, and escalates it once: each
 * commander of the recipient force and the sending force are notified in their inboxes. A row is moved only from
 * an open state, so a second run at the same or a later time finds nothing more to do. Returns the rows moved.
 * In the caller's transaction (the demo seed); `escalateOverdue` runs it in its own.
 */
export const escalateOverdueIn = async (ctx: RequestContext, trx: Db, now: Date): Promise<RecipientRow[]> => {
  const due = await trx
    .select()
    .from(messageRecipients)
    .where(
      and(
        inArray(messageRecipients.state, [...OPEN]),
        lte(messageRecipients.deadlineAt, now),
        isNull(messageRecipients.escalatedAt),
      ),
    )
    .for('update', { skipLocked: true });
  const moved: RecipientRow[] = [];
  for (const row of due) {
    const overdue = await moveRow({ ...ctx, db: trx }, trx, row, 'expire', 'system', now);
    await trx
      .update(messageRecipients)
      .set({ escalatedAt: now })
      .where(inArray(messageRecipients.id, [row.id]));
    await notifyOverdue(trx, row, now);
    moved.push(overdue);
  }
  return moved;
};

/** `escalateOverdueIn` in a transaction of its own, as the system: what the server runs every minute. */
export const escalateOverdue = (deps: AppDeps, now: Date): Promise<RecipientRow[]> => {
  const ctx: RequestContext = systemContext(deps, 'giapranh exchange escalation');
  return withTransaction(deps.db, (trx) => escalateOverdueIn(ctx, trx, now));
};

/** How often the server looks for requests past their deadline. */
const ESCALATION_EVERY_MS = 60_000;

/**
 * Runs `escalateOverdue` every minute on the server's clock, and tells the connected users of the forces concerned;
 * a failed run is reported and tried again at the next tick. Returns the function that stops it.
 */
export const startOverdueEscalation = (deps: AppDeps, report: (error: unknown) => void): (() => void) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    escalateOverdue(deps, deps.clock())
      .then((rows) =>
        publishInboxChange(
          deps.db,
          rows.flatMap((r) => [r.recipientAgencyId, r.senderAgencyId]),
          (actor) => countUnread(deps.db, actor, deps.clock()),
        ),
      )
      .catch(report)
      .finally(() => {
        running = false;
      });
  }, ESCALATION_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
};
