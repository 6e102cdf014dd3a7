import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/connect.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import {
  type NotificationEvent,
  type NotificationKind,
  type NotificationRow,
  notifications,
} from './inbox.tables.ts';

/** How many events a notification keeps listed; later ones are only counted. */
const LISTED_EVENTS = 20;

export type Notify = {
  agencyId: string;
  /** For one user of the agency only (e.g. its commander); the group key must then name the user too. */
  userId?: string | null;
  kind: NotificationKind;
  groupKey: string;
  recordKind: string;
  recordId: string;
  watchId?: string | null;
  fromAgencyId?: string | null;
  event: NotificationEvent;
};

/**
 * Adds an event to an agency's inbox in the caller's transaction: a new notification, or, when one with the same
 * group key exists, the same notification counted up and marked unread again (the digest).
 */
export const notify = async (db: Db, input: Notify, at: Date): Promise<void> => {
  await db
    .insert(notifications)
    .values({
      id: uuidv7(),
      agencyId: input.agencyId,
      userId: input.userId ?? null,
      kind: input.kind,
      groupKey: input.groupKey,
      recordKind: input.recordKind,
      recordId: input.recordId,
      watchId: input.watchId ?? null,
      fromAgencyId: input.fromAgencyId ?? null,
      events: [input.event],
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [notifications.agencyId, notifications.groupKey],
      set: {
        eventCount: sql`${notifications.eventCount} + 1`,
        events: sql`case when jsonb_array_length(${notifications.events}) < ${LISTED_EVENTS}
          then ${notifications.events} || ${JSON.stringify([input.event])}::jsonb else ${notifications.events} end`,
        updatedAt: at,
        readAt: null,
      },
    });
};

/** The notifications a user reads: its agency's, and those for it alone. */
const addressedTo = (actor: { agencyId: string; userId: string }) =>
  and(
    eq(notifications.agencyId, actor.agencyId),
    or(isNull(notifications.userId), eq(notifications.userId, actor.userId)),
  );

/** The number of the user's unread notifications. */
export const countUnreadNotifications = async (
  db: Db,
  actor: { agencyId: string; userId: string },
): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(addressedTo(actor), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
};

/** The actor's agency's notifications, latest activity first, with the number unread. */
export const listNotifications = async (
  ctx: RequestContext,
  query: { unread?: boolean | undefined; limit: number },
): Promise<{ items: NotificationRow[]; unread: number }> => {
  const mine = addressedTo(requireActor(ctx));
  const items = await ctx.db
    .select()
    .from(notifications)
    .where(query.unread ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.updatedAt), desc(notifications.id))
    .limit(query.limit);
  return { items, unread: await countUnreadNotifications(ctx.db, requireActor(ctx)) };
};

/** Marks one of the actor's notifications read (404 for any other). */
export const markNotificationRead = async (ctx: RequestContext, id: string): Promise<void> => {
  const done = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock() })
    .where(and(eq(notifications.id, id), addressedTo(requireActor(ctx))))
    .returning({ id: notifications.id });
  if (done.length === 0) throw new AppError('not_found', 'No such notification');
};

/** Marks every notification of an agency read at `at` (the demo seed's past exchanges were read long ago). */
export const markAgencyNotificationsRead = async (db: Db, agencyId: string, at: Date): Promise<void> => {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.agencyId, agencyId), isNull(notifications.readAt)));
};
