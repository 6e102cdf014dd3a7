import type { RequestContext } from '../../http/context.ts';
import { findMessageWithKey, listRecipientRows } from './exchange.repo.ts';
import type { MessageKind, MessageRow, Priority } from './exchange.tables.ts';
import type { MessageMove, MoveActor } from './message-states.ts';
import { type Written, writeMessage } from './message-writer.ts';
import { moveRow } from './moves.service.ts';
import { type MessageLanguage, renderTemplate, type TemplateKey, templateKind } from './templates.ts';

/** A message as it was exchanged at some past time: for the demo seed and imports of past exchanges, never a route. */
export type PastMessage = {
  idempotencyKey: string;
  senderAgencyId: string;
  senderUserId: string | null;
  recipientAgencyIds: string[];
  at: Date;
  kind: MessageKind;
  priority: Priority;
  language: MessageLanguage;
  subject?: string;
  body?: string;
  templateKey?: TemplateKey;
  templateParams?: Record<string, string>;
  deadlineAt?: Date;
  inReplyTo?: MessageRow;
  agreementId?: string | null;
};

/** The message of a key already recorded by an agency, if any: how a seed stays idempotent. */
export const findPastMessage = (ctx: RequestContext, senderAgencyId: string, key: string) =>
  findMessageWithKey(ctx.db, senderAgencyId, key);

/**
 * Records a message exchanged at `at`, written as a send would write it (sequence, deadline, events, notification,
 * outbox, audit) in the caller's transaction, without the checks a live send makes about today (a force merged away
 * since still appears as the sender of its past messages).
 */
export const recordPastMessage = (ctx: RequestContext, input: PastMessage): Promise<Written> => {
  const template = input.templateKey
    ? renderTemplate(input.templateKey, input.language, input.templateParams ?? {})
    : undefined;
  const parent = input.inReplyTo;
  return writeMessage(
    ctx,
    ctx.db,
    {
      kind: input.kind,
      assistanceKind: input.templateKey ? templateKind(input.templateKey).assistanceKind : null,
      senderAgencyId: input.senderAgencyId,
      senderUserId: input.senderUserId,
      subject: input.subject ?? template?.subject ?? '',
      body: input.body ?? template?.body ?? '',
      priority: input.priority,
      templateKey: input.templateKey ?? null,
      templateParams: input.templateParams ?? null,
      language: input.language,
      idempotencyKey: input.idempotencyKey,
      agreementId: input.agreementId ?? parent?.agreementId ?? null,
      ...(parent ? { threadId: parent.threadId, inReplyToId: parent.id } : {}),
    },
    {
      recipientAgencyIds: input.recipientAgencyIds,
      deadlineAt: input.deadlineAt ?? null,
      initialState: 'sent',
      references: [],
      attachmentIds: [],
      at: input.at,
    },
  );
};

/** Moves a recipient's copy of a past message at `at` through the transition table (refused moves throw). */
export const recordPastMove = async (
  ctx: RequestContext,
  input: {
    message: MessageRow;
    recipientAgencyId: string;
    move: MessageMove;
    by: MoveActor;
    at: Date;
    answeredBy?: string;
  },
) => {
  const row = (await listRecipientRows(ctx.db, [input.message.id])).find(
    (r) => r.recipientAgencyId === input.recipientAgencyId,
  );
  if (!row) throw new Error('no such recipient of the message');
  return moveRow(ctx, ctx.db, row, input.move, input.by, input.at, {
    ...(input.answeredBy ? { answeredByMessageId: input.answeredBy } : {}),
  });
};
