import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/connect.ts';
import {
  type AttachmentRow,
  type MessageRow,
  messageAttachments,
  messageEvents,
  messageRecipients,
  messageReferences,
  messageSequences,
  messages,
  type RecipientRow,
  type ReferenceRow,
} from './exchange.tables.ts';
import type { MessageState } from './message-states.ts';

/**
 * The next sequence number of a (sender, recipient) pair, in the caller's transaction: the pair's counter row is
 * created if missing, then locked `for update` and moved on, so two sends to the same pair queue on the row and a
 * rolled-back send gives its number back. The counter lives in the database: a restart continues where it was.
 */
export const takeNextSeq = async (trx: Db, senderAgencyId: string, recipientAgencyId: string) => {
  await trx.insert(messageSequences).values({ senderAgencyId, recipientAgencyId }).onConflictDoNothing();
  const pair = and(
    eq(messageSequences.senderAgencyId, senderAgencyId),
    eq(messageSequences.recipientAgencyId, recipientAgencyId),
  );
  const [row] = await trx.select().from(messageSequences).where(pair).for('update');
  const next = (row?.lastSeq ?? 0) + 1;
  await trx.update(messageSequences).set({ lastSeq: next }).where(pair);
  return next;
};

export const findMessageWithKey = (db: Db, senderAgencyId: string, key: string) =>
  db
    .select()
    .from(messages)
    .where(and(eq(messages.senderAgencyId, senderAgencyId), eq(messages.idempotencyKey, key)))
    .then((rows) => rows[0]);

export const findMessage = (db: Db, id: string): Promise<MessageRow | undefined> =>
  db
    .select()
    .from(messages)
    .where(eq(messages.id, id))
    .then((rows) => rows[0]);

export const listRecipientRows = (db: Db, messageIds: string[]): Promise<RecipientRow[]> =>
  messageIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(messageRecipients)
        .where(inArray(messageRecipients.messageId, messageIds))
        .orderBy(asc(messageRecipients.createdAt), asc(messageRecipients.id));

export const listReferenceRows = (db: Db, messageIds: string[]): Promise<ReferenceRow[]> =>
  messageIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(messageReferences)
        .where(inArray(messageReferences.messageId, messageIds))
        .orderBy(asc(messageReferences.position));

export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

const ATTACHMENT_META = {
  id: messageAttachments.id,
  messageId: messageAttachments.messageId,
  agencyId: messageAttachments.agencyId,
  filename: messageAttachments.filename,
  mediaType: messageAttachments.mediaType,
  byteSize: messageAttachments.byteSize,
  sha256: messageAttachments.sha256,
  uploadedBy: messageAttachments.uploadedBy,
  uploadedAt: messageAttachments.uploadedAt,
};

export const listAttachmentMetas = (db: Db, messageIds: string[]): Promise<AttachmentMeta[]> =>
  messageIds.length === 0
    ? Promise.resolve([])
    : db
        .select(ATTACHMENT_META)
        .from(messageAttachments)
        .where(inArray(messageAttachments.messageId, messageIds))
        .orderBy(asc(messageAttachments.uploadedAt));

export const insertAttachment = (db: Db, row: AttachmentRow): Promise<AttachmentMeta[]> =>
  db.insert(messageAttachments).values(row).returning(ATTACHMENT_META);

export const findAttachment = (db: Db, id: string): Promise<AttachmentRow | undefined> =>
  db
    .select()
    .from(messageAttachments)
    .where(eq(messageAttachments.id, id))
    .then((rows) => rows[0]);

/** Binds the agency's unbound uploads to a message; returns how many were bound (fewer: some were not its to send). */
export const bindAttachments = async (db: Db, messageId: string, agencyId: string, ids: string[]) => {
  if (ids.length === 0) return 0;
  const bound = await db
    .update(messageAttachments)
    .set({ messageId })
    .where(
      and(
        inArray(messageAttachments.id, ids),
        eq(messageAttachments.agencyId, agencyId),
        sql`${messageAttachments.messageId} is null`,
      ),
    )
    .returning({ id: messageAttachments.id });
  return bound.length;
};

/** Writes one dated state change of a recipient row. */
export const insertEvent = (
  db: Db,
  event: {
    recipientRowId: string;
    fromState: MessageState | null;
    toState: MessageState;
    at: Date;
    byUserId: string | null;
    byAgencyId: string | null;
    note?: string | null;
  },
) => db.insert(messageEvents).values({ id: uuidv7(), ...event, note: event.note ?? null });

export const listEventRows = (db: Db, rowIds: string[]) =>
  rowIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(messageEvents)
        .where(inArray(messageEvents.recipientRowId, rowIds))
        .orderBy(asc(messageEvents.at), asc(messageEvents.id));
