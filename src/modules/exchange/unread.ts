import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../http/context.ts';
import { countUnreadNotifications } from '../inbox/index.ts';
import { viewerOf } from '../sharing/index.ts';
import { countUnreadMessages } from './read.service.ts';

/** What a user has not read yet: messages of its agency (within its clearance) and its notifications. */
export const countUnread = async (db: Db, actor: Actor, now: Date) => ({
  messages: await countUnreadMessages(db, await viewerOf(db, actor, now)),
  notifications: await countUnreadNotifications(db, actor),
});
