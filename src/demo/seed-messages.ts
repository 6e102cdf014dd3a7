import type { RequestContext } from '../http/context.ts';
import { type AgencyRow, findAgencyWithCode } from '../modules/agencies/index.ts';
import { findUserWithUsername } from '../modules/auth/index.ts';
import {
  escalateOverdueIn,
  findPastMessage,
  recordPastMessage,
  recordPastMove,
} from '../modules/exchange/index.ts';
import { markAgencyNotificationsRead } from '../modules/inbox/index.ts';
import { DEMO_MESSAGES, type DemoMessage } from './demo-messages.ts';

const HOUR = 3_600_000;

/** The forces whose demo inbox stays unread, so a newcomer sees the badge; every other force read its past. */
const UNREAD_FORCES = ['CA-HYN', 'CA-HNI'];

const agencyOf = async (ctx: RequestContext, code: string): Promise<AgencyRow> => {
  const agency = await findAgencyWithCode(ctx.db, code);
  if (!agency) throw new Error(`demo messages name an unknown agency ${code}`);
  return agency;
};

const timeOf = (demo: DemoMessage, now: Date): Date =>
  typeof demo.when === 'number' ? new Date(now.getTime() - demo.when * HOUR) : new Date(demo.when);

const seedMessage = async (ctx: RequestContext, demo: DemoMessage, now: Date): Promise<boolean> => {
  const sender = await agencyOf(ctx, demo.from);
  if (await findPastMessage(ctx, sender.id, demo.key)) return false;
  const at = timeOf(demo, now);
  const recipients = await Promise.all(demo.to.map((code) => agencyOf(ctx, code)));
  const parent = demo.replyTo ? await findPastMessage(ctx, recipients[0]?.id ?? '', demo.replyTo) : undefined;
  const { message } = await recordPastMessage(ctx, {
    idempotencyKey: demo.key,
    senderAgencyId: sender.id,
    senderUserId: demo.fromUser ? ((await findUserWithUsername(ctx.db, demo.fromUser))?.id ?? null) : null,
    recipientAgencyIds: recipients.map((r) => r.id),
    at,
    kind: demo.kind,
    priority: demo.priority,
    language: demo.language,
    ...(demo.subject ? { subject: demo.subject } : {}),
    ...(demo.body ? { body: demo.body } : {}),
    ...(demo.template ? { templateKey: demo.template, templateParams: demo.params ?? {} } : {}),
    ...(demo.deadlineHours ? { deadlineAt: new Date(at.getTime() + demo.deadlineHours * HOUR) } : {}),
    ...(parent ? { inReplyTo: parent } : {}),
  });
  if (parent) {
    await recordPastMove(ctx, {
      message: parent,
      recipientAgencyId: sender.id,
      move: 'answer',
      by: 'recipient',
      at,
      answeredBy: message.id,
    });
  }
  for (const recipient of recipients) {
    for (const step of demo.steps ?? []) {
      const move = { message, recipientAgencyId: recipient.id, by: 'recipient' as const };
      await recordPastMove(ctx, { ...move, move: step.move, at: new Date(at.getTime() + step.hours * HOUR) });
    }
  }
  return true;
};

/**
 * Loads the demo exchanges in the order they were made (each looked up by its key first, so a second run changes
 * nothing), escalates the requests whose deadline has passed by now, and marks read what the forces other than
 * Hưng Yên and Hà Nội were told: their inboxes are busy but read.
 */
export const seedMessages = async (ctx: RequestContext): Promise<boolean> => {
  const now = ctx.clock();
  const ordered = [...DEMO_MESSAGES].sort((a, b) => timeOf(a, now).getTime() - timeOf(b, now).getTime());
  let created = false;
  for (const demo of ordered) {
    created = (await seedMessage(ctx, demo, now)) || created;
  }
  if (!created) return false;
  await escalateOverdueIn(ctx, ctx.db, now);
  const codes = new Set(DEMO_MESSAGES.flatMap((m) => [m.from, ...m.to]));
  for (const code of codes) {
    if (!UNREAD_FORCES.includes(code))
      await markAgencyNotificationsRead(ctx.db, (await agencyOf(ctx, code)).id, now);
  }
  return true;
};
