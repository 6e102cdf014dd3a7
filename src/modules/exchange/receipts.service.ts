import { and, eq, inArray, isNull } from 'drizzle-orm';
import { withTransaction } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { insertEvent } from './exchange.repo.ts';
import { messageRecipients } from './exchange.tables.ts';
import type { MessageState } from './message-states.ts';

/**
 * The receipts a recipient leaves without asking: listing the inbox delivers (`sent` → `delivered`), opening a
 * thread reads (`sent`/`delivered` → `read`; a later state keeps its state and only gains the read time). Each
 * change is dated like every other move; a row another request moved meanwhile is left as it is.
 */
export const leaveReceipts = (
  ctx: RequestContext,
  messageIds: string[],
  receipt: 'deliver' | 'read',
): Promise<number> => {
  const actor = requireActor(ctx);
  if (messageIds.length === 0) return Promise.resolve(0);
  return withTransaction(ctx.db, async (trx) => {
    const at = ctx.clock();
    const mine = and(
      inArray(messageRecipients.messageId, messageIds),
      eq(messageRecipients.recipientAgencyId, actor.agencyId),
    );
    const from: MessageState[] = receipt === 'deliver' ? ['sent'] : ['sent', 'delivered'];
    const to: MessageState = receipt === 'deliver' ? 'delivered' : 'read';
    const before = await trx
      .select({ id: messageRecipients.id, state: messageRecipients.state })
      .from(messageRecipients)
      .where(and(mine, inArray(messageRecipients.state, from)));
    let moved = 0;
    for (const row of before) {
      const [done] = await trx
        .update(messageRecipients)
        .set({
          state: to,
          stateChangedAt: at,
          ...(to === 'read' ? { readAt: at } : {}),
          ...(row.state === 'sent' ? { deliveredAt: at } : {}),
        })
        .where(and(eq(messageRecipients.id, row.id), eq(messageRecipients.state, row.state)))
        .returning({ id: messageRecipients.id });
      if (!done) continue;
      moved++;
      await insertEvent(trx, {
        recipientRowId: row.id,
        fromState: row.state,
        toState: to,
        at,
        byUserId: actor.userId,
        byAgencyId: actor.agencyId,
      });
    }
    if (receipt === 'read') {
      await trx
        .update(messageRecipients)
        .set({ readAt: at })
        .where(and(mine, isNull(messageRecipients.readAt)));
    }
    return moved;
  });
};
