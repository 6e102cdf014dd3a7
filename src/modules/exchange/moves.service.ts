import { and, eq } from 'drizzle-orm';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { assertSender } from './exchange.policy.ts';
import { insertEvent, listRecipientRows } from './exchange.repo.ts';
import { messageRecipients, REQUEST_KINDS, type RecipientRow } from './exchange.tables.ts';
import { type MessageMove, type MoveActor, nextState, STATE_STAMP } from './message-states.ts';
import { getVisibleMessage } from './read.service.ts';
import { refuseField } from './recipients.ts';

/** The moves worth an outbox event and an audit entry (delivery and reading are receipts, audited as reads). */
const RECORDED: readonly MessageMove[] = ['acknowledge', 'answer', 'expire', 'close', 'withdraw'];

/**
 * Moves one recipient row by the transition table, dated, in the caller's transaction. The update holds only if
 * the row is still in the state it was read in, so two concurrent moves never both apply (409 for the loser).
 */
export const moveRow = async (
  ctx: RequestContext,
  trx: Db,
  row: RecipientRow,
  move: MessageMove,
  by: MoveActor,
  at: Date,
  extra: { answeredByMessageId?: string; note?: string } = {},
): Promise<RecipientRow> => {
  const to = nextState(row.state, move, by);
  if (!to) {
    return refuseField(
      'invalid_status_transition',
      'state',
      `A message ${row.state} cannot be moved by ${move}`,
    );
  }
  const stamp = STATE_STAMP[to as keyof typeof STATE_STAMP];
  const [moved] = await trx
    .update(messageRecipients)
    .set({
      state: to,
      stateChangedAt: at,
      ...(stamp ? { [stamp]: at } : {}),
      ...(move === 'answer' ? { answeredByMessageId: extra.answeredByMessageId ?? null } : {}),
    })
    .where(and(eq(messageRecipients.id, row.id), eq(messageRecipients.state, row.state)))
    .returning();
  if (!moved) throw new AppError('version_conflict', 'The message changed meanwhile; reload it');
  await insertEvent(trx, {
    recipientRowId: row.id,
    fromState: row.state,
    toState: to,
    at,
    byUserId: ctx.actor?.userId ?? null,
    byAgencyId: ctx.actor?.agencyId ?? null,
    note: extra.note ?? null,
  });
  if (RECORDED.includes(move)) {
    await recordChange(
      ctx,
      trx,
      {
        action: 'update',
        objectType: 'message',
        objectId: row.messageId,
        ownerAgencyId: row.senderAgencyId,
        eventType: `message.${to}`,
        payload: { messageId: row.messageId, recipientAgencyId: row.recipientAgencyId, from: row.state, to },
        audit: {
          receivingAgencyId: row.recipientAgencyId,
          ...(extra.note ? { justification: extra.note } : {}),
        },
      },
      at,
    );
  }
  return moved;
};

/** A recipient confirms it received a message and works on it. */
export const acknowledgeMessage = (ctx: RequestContext, messageId: string): Promise<RecipientRow[]> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const { mine } = await getVisibleMessage({ ...ctx, db: trx }, messageId);
    if (!mine) throw new AppError('forbidden', 'Only a recipient acknowledges a message');
    assertSender(actor);
    return [await moveRow(ctx, trx, mine, 'acknowledge', 'recipient', ctx.clock())];
  });

/**
 * Closes a message: the sender closes it at every recipient where it is still open or answered; a recipient closes
 * its own copy of anything but a request (a request is closed by whoever asked).
 */
export const closeMessage = (ctx: RequestContext, messageId: string): Promise<RecipientRow[]> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const { message, mine } = await getVisibleMessage({ ...ctx, db: trx }, messageId);
    assertSender(actor);
    const at = ctx.clock();
    if (message.senderAgencyId === actor.agencyId) {
      return moveEvery(ctx, trx, await listRecipientRows(trx, [message.id]), 'close', 'sender', at);
    }
    if (!mine || REQUEST_KINDS.includes(message.kind)) {
      throw new AppError('forbidden', 'A request is closed by the force that made it');
    }
    return [await moveRow(ctx, trx, mine, 'close', 'recipient', at)];
  });

/** The sender withdraws a message from every recipient that has not answered it or closed it; the reason is audited. */
export const withdrawMessage = (
  ctx: RequestContext,
  messageId: string,
  reason: string,
): Promise<RecipientRow[]> =>
  withTransaction(ctx.db, async (trx) => {
    const actor = requireActor(ctx);
    const { message } = await getVisibleMessage({ ...ctx, db: trx }, messageId);
    if (message.senderAgencyId !== actor.agencyId) {
      throw new AppError('forbidden', 'Only the sender withdraws a message');
    }
    assertSender(actor);
    const rows = await listRecipientRows(trx, [message.id]);
    return moveEvery(ctx, trx, rows, 'withdraw', 'sender', ctx.clock(), reason);
  });

const moveEvery = async (
  ctx: RequestContext,
  trx: Db,
  rows: RecipientRow[],
  move: MessageMove,
  by: MoveActor,
  at: Date,
  note?: string,
) => {
  const movable = rows.filter((r) => nextState(r.state, move, by));
  if (movable.length === 0) {
    return refuseField('invalid_status_transition', 'state', `No recipient's copy can be moved by ${move}`);
  }
  const moved: RecipientRow[] = [];
  for (const row of movable) moved.push(await moveRow(ctx, trx, row, move, by, at, note ? { note } : {}));
  return moved;
};
