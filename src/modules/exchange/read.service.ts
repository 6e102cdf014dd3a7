import { and, asc, count, desc, eq, exists, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { recordAuditedRead } from '../audit/index.ts';
import { effectiveClearance, readableClassifications, type Viewer, viewerOf } from '../sharing/index.ts';
import { listRecipientRows } from './exchange.repo.ts';
import type { InboxQuery } from './exchange.schemas.ts';
import { type MessageRow, messageRecipients, messages, type RecipientRow } from './exchange.tables.ts';

/** The messages a viewer's clearance reads (a foreign agency's users read no state secret). */
const readableBy = (viewer: Viewer): SQL =>
  inArray(messages.classification, readableClassifications(effectiveClearance(viewer)));

/** Whether the viewer's agency sent or received the message: the only way to see one. */
const involves = (agencyId: string): SQL =>
  or(
    eq(messages.senderAgencyId, agencyId),
    exists(
      sql`(select 1 from message_recipients r where r.message_id = ${messages.id} and r.recipient_agency_id = ${agencyId})`,
    ),
  ) as SQL;

export type Visible = { message: MessageRow; mine: RecipientRow | undefined; viewer: Viewer };

/**
 * A message the actor's agency sent or received, within the actor's clearance, with the agency's own recipient row;
 * `not_found` for any other, exactly as for a message that does not exist.
 */
export const getVisibleMessage = async (ctx: RequestContext, messageId: string): Promise<Visible> => {
  const actor = requireActor(ctx);
  const viewer = await viewerOf(ctx.db, actor, ctx.clock());
  const [message] = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.id, messageId), involves(actor.agencyId), readableBy(viewer)));
  if (!message) throw new AppError('not_found', 'No such message');
  const mine = (await listRecipientRows(ctx.db, [message.id])).find(
    (r) => r.recipientAgencyId === actor.agencyId,
  );
  return { message, mine, viewer };
};

const OPEN_STATES = ['sent', 'delivered', 'read', 'acknowledged'] as const;

const inboxConditions = (viewer: Viewer, query: InboxQuery): SQL[] => {
  const now = viewer.now.toISOString();
  const overdue = or(
    eq(messageRecipients.state, 'overdue'),
    and(
      inArray(messageRecipients.state, [...OPEN_STATES]),
      sql`${messageRecipients.deadlineAt} < ${now}::timestamptz`,
    ),
  ) as SQL;
  return [
    eq(messageRecipients.recipientAgencyId, viewer.agencyId),
    readableBy(viewer),
    ...(query.kind ? [eq(messages.kind, query.kind)] : []),
    ...(query.state ? [eq(messageRecipients.state, query.state)] : []),
    ...(query.overdue === true ? [overdue] : []),
    ...(query.unread === true
      ? [isNull(messageRecipients.readAt), ne(messageRecipients.state, 'withdrawn')]
      : []),
    ...(query.caseId ? [eq(messages.caseId, query.caseId)] : []),
    ...(query.agreementId
      ? [
          or(
            eq(messages.agreementId, query.agreementId),
            eq(messageRecipients.deadlineAgreementId, query.agreementId),
          ) as SQL,
        ]
      : []),
  ];
};

/** How many messages the viewer's agency received and has not read yet (within the viewer's clearance). */
export const countUnreadMessages = async (db: Db, viewer: Viewer): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(messageRecipients)
    .innerJoin(messages, eq(messages.id, messageRecipients.messageId))
    .where(
      and(
        eq(messageRecipients.recipientAgencyId, viewer.agencyId),
        readableBy(viewer),
        isNull(messageRecipients.readAt),
        ne(messageRecipients.state, 'withdrawn'),
      ),
    );
  return Number(row?.n ?? 0);
};

/** The messages the actor's agency received, latest first, filtered, with the total and the number unread. */
export const listInbox = async (ctx: RequestContext, query: InboxQuery) => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const where = and(...inboxConditions(viewer, query));
  const rows = await ctx.db
    .select({ message: messages, row: messageRecipients })
    .from(messageRecipients)
    .innerJoin(messages, eq(messages.id, messageRecipients.messageId))
    .where(where)
    .orderBy(desc(messageRecipients.createdAt), desc(messageRecipients.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(messageRecipients)
    .innerJoin(messages, eq(messages.id, messageRecipients.messageId))
    .where(where);
  return { rows, total: Number(total?.n ?? 0), unread: await countUnreadMessages(ctx.db, viewer), viewer };
};

/** The messages the actor's agency sent (out-of-band entries included), latest first. */
export const listSent = async (
  ctx: RequestContext,
  query: Pick<InboxQuery, 'kind' | 'caseId' | 'limit' | 'offset'>,
) => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const where = and(
    eq(messages.senderAgencyId, viewer.agencyId),
    readableBy(viewer),
    ...(query.kind ? [eq(messages.kind, query.kind)] : []),
    ...(query.caseId ? [eq(messages.caseId, query.caseId)] : []),
  );
  const items = await ctx.db
    .select()
    .from(messages)
    .where(where)
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await ctx.db.select({ n: count() }).from(messages).where(where);
  return { items, total: Number(total?.n ?? 0), viewer };
};

/** Every message of a thread the viewer may see, oldest first; `not_found` unless it sees the one asked for. */
export const listThreadMessages = async (ctx: RequestContext, messageId: string) => {
  const { message, viewer } = await getVisibleMessage(ctx, messageId);
  const items = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.threadId, message.threadId), involves(viewer.agencyId), readableBy(viewer)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const entry = {
    action: 'read' as const,
    outcome: 'allow' as const,
    objectType: 'message',
    objectIds: items.map((m) => m.id),
    recordsReturned: items.length,
    detail: 'message.thread_read',
  };
  await recordAuditedRead(ctx.db, { context: ctx.audit, entry, at: ctx.clock() });
  return { threadId: message.threadId, items, viewer };
};
