import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { dayOf } from '../agencies/index.ts';
import { listAgreementsInForceBetween } from '../agreements/index.ts';
import { notify } from '../inbox/index.ts';
import { defaultDeadline } from './deadlines.ts';
import { bindAttachments, findMessageWithKey, insertEvent, takeNextSeq } from './exchange.repo.ts';
import {
  type MessageRow,
  messageRecipients,
  messageReferences,
  messages,
  REQUEST_KINDS,
  type RecipientRow,
} from './exchange.tables.ts';
import type { MessageState } from './message-states.ts';
import { refuseField } from './recipients.ts';
import type { RecordRef } from './references.ts';
import { requestHashOf } from './request-hash.ts';

export type NewMessage = Omit<typeof messages.$inferInsert, 'id' | 'createdAt' | 'threadId'> & {
  threadId?: string;
};

export type Written = { message: MessageRow; recipients: RecipientRow[]; created: boolean };

type Deadline = { at: Date; source: 'agreement' | 'explicit'; agreementId: string | null };

/** A request's deadline at one recipient: the one given, else the agreements' default; other kinds have none. */
const deadlineFor = async (
  trx: Db,
  message: MessageRow,
  recipientAgencyId: string,
  explicit: Date | null,
): Promise<Deadline | null> => {
  if (!REQUEST_KINDS.includes(message.kind)) return null;
  if (explicit) return { at: explicit, source: 'explicit', agreementId: null };
  const from = message.occurredAt ?? message.createdAt;
  const agreements = await listAgreementsInForceBetween(
    trx,
    [message.senderAgencyId, recipientAgencyId],
    dayOf(from),
  );
  const found = defaultDeadline(agreements, message.priority, from);
  return found ? { at: found.deadlineAt, source: 'agreement', agreementId: found.agreementId } : null;
};

/**
 * Writes a message, its row for each recipient (with the pair's next sequence number unless it is an out-of-band
 * entry, the deadline, the first dated state event), its references and attachments, the outbox event and audit
 * entry, and one grouped notification per recipient agency and day: all in the caller's transaction. With an
 * idempotency key already used by the sender's agency, nothing is written and the first message is returned when
 * the same thing was asked (409 `idempotency_key_reused` when something else was).
 */
export const writeMessage = async (
  ctx: RequestContext,
  trx: Db,
  draft: NewMessage,
  input: {
    recipientAgencyIds: string[];
    deadlineAt: Date | null;
    initialState: MessageState;
    references: readonly RecordRef[];
    attachmentIds: readonly string[];
    at: Date;
  },
): Promise<Written> => {
  const id = uuidv7();
  const requestHash = draft.idempotencyKey ? requestHashOf(draft, input) : null;
  const [message] = await trx
    .insert(messages)
    .values({ ...draft, id, threadId: draft.threadId ?? id, requestHash, createdAt: input.at })
    .onConflictDoNothing()
    .returning();
  if (!message) {
    const first = draft.idempotencyKey
      ? await findMessageWithKey(trx, draft.senderAgencyId, draft.idempotencyKey)
      : undefined;
    if (!first) throw new Error('the message insert returned no row');
    if (first.requestHash !== null && first.requestHash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'This idempotency key was used for a different message', {
        errors: [{ path: 'idempotencyKey', code: 'idempotency_key_reused', message: 'already used' }],
      });
    }
    return { message: first, recipients: [], created: false };
  }
  const recipients: RecipientRow[] = [];
  for (const recipientAgencyId of input.recipientAgencyIds) {
    recipients.push(await writeRecipient(ctx, trx, message, recipientAgencyId, input));
  }
  if (input.references.length > 0) {
    await trx
      .insert(messageReferences)
      .values(
        input.references.map((ref, position) => ({
          messageId: id,
          recordKind: ref.kind,
          recordId: ref.id,
          position,
        })),
      )
      .onConflictDoNothing();
  }
  const bound = await bindAttachments(trx, id, message.senderAgencyId, [...new Set(input.attachmentIds)]);
  if (bound !== new Set(input.attachmentIds).size) {
    refuseField(
      'unknown_attachment',
      'attachmentIds',
      'An attachment is not one your agency uploaded and has not sent',
    );
  }
  await recordChange(
    ctx,
    trx,
    {
      action: 'create',
      objectType: 'message',
      objectId: id,
      ownerAgencyId: message.senderAgencyId,
      eventType: message.outOfBand ? 'message.recorded' : 'message.sent',
      payload: {
        messageId: id,
        kind: message.kind,
        recipients: recipients.map((r) => ({ agencyId: r.recipientAgencyId, seq: r.seq })),
      },
      audit: { objectLevel: message.classification, handlingCode: message.handlingCode },
    },
    input.at,
  );
  return { message, recipients, created: true };
};

const writeRecipient = async (
  ctx: RequestContext,
  trx: Db,
  message: MessageRow,
  recipientAgencyId: string,
  input: { deadlineAt: Date | null; initialState: MessageState; at: Date },
): Promise<RecipientRow> => {
  const seq = message.outOfBand ? null : await takeNextSeq(trx, message.senderAgencyId, recipientAgencyId);
  const deadline = await deadlineFor(trx, message, recipientAgencyId, input.deadlineAt);
  const [row] = await trx
    .insert(messageRecipients)
    .values({
      id: uuidv7(),
      messageId: message.id,
      senderAgencyId: message.senderAgencyId,
      recipientAgencyId,
      seq,
      state: input.initialState,
      deadlineAt: deadline?.at ?? null,
      deadlineSource: deadline?.source ?? null,
      deadlineAgreementId: deadline?.agreementId ?? null,
      createdAt: input.at,
      stateChangedAt: input.at,
      deliveredAt: input.initialState === 'delivered' ? input.at : null,
    })
    .returning();
  if (!row) throw new Error('the recipient insert returned no row');
  await insertEvent(trx, {
    recipientRowId: row.id,
    fromState: null,
    toState: input.initialState,
    at: input.at,
    byUserId: ctx.actor?.userId ?? null,
    byAgencyId: ctx.actor?.agencyId ?? null,
  });
  if (!message.outOfBand) {
    // One notification per sender, recipient and day, counting every message in it: a bulk send floods nobody.
    await notify(
      trx,
      {
        agencyId: recipientAgencyId,
        kind: 'messages_received',
        groupKey: `messages:${message.senderAgencyId}:${dayOf(input.at)}`,
        recordKind: 'messages',
        recordId: message.id,
        fromAgencyId: message.senderAgencyId,
        event: {
          at: input.at.toISOString(),
          event: 'message.sent',
          recordId: message.id,
          byAgencyId: message.senderAgencyId,
        },
      },
      input.at,
    );
  }
  return row;
};
