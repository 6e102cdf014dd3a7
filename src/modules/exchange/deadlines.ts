import type { Priority } from './exchange.tables.ts';

/** An agreement's reply deadlines, in hours per priority (null: the agreement does not state one). */
export type ReplyTerms = {
  id: string;
  urgentReplyHours: number | null;
  normalReplyHours: number | null;
  lowReplyHours: number | null;
};

const HOUR_MS = 3_600_000;

const hoursFor = (terms: ReplyTerms, priority: Priority): number | null =>
  priority === 'urgent'
    ? terms.urgentReplyHours
    : priority === 'normal'
      ? terms.normalReplyHours
      : terms.lowReplyHours;

/**
 * The default deadline of a request sent at `sentAt` with `priority`, from the agreements in force between sender
 * and recipient: when several state a deadline for that priority, the shortest binds (the recipient promised to
 * answer within it under at least one of them); on a tie, the first listed (the earliest signed). Null when no
 * agreement states one. Pure; the answer is a UTC instant.
 */
export const defaultDeadline = (
  agreements: readonly ReplyTerms[],
  priority: Priority,
  sentAt: Date,
): { deadlineAt: Date; agreementId: string } | null => {
  let best: { hours: number; agreementId: string } | null = null;
  for (const terms of agreements) {
    const hours = hoursFor(terms, priority);
    if (hours === null || hours <= 0) continue;
    if (!best || hours < best.hours) best = { hours, agreementId: terms.id };
  }
  return best
    ? { deadlineAt: new Date(sentAt.getTime() + best.hours * HOUR_MS), agreementId: best.agreementId }
    : null;
};
