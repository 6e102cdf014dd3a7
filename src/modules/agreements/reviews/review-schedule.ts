/** A review schedule as the due-date rules need it. */
export type ReviewSchedule = {
  everyMonths: number | null;
  fixedOn: string | null;
  lastHeldOn: string | null;
  remindDaysBefore: number;
};

const DAY_MS = 86_400_000;

/** The day `months` months after a day; the day of month is clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
};

/** The day `days` days after (or, negative, before) a day. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The next due day of a review: a fixed day until it is held; else `everyMonths` after the last one held, or after
 * the agreement's start when none was held yet. Null when nothing can be computed (no interval and no start).
 */
export const nextReviewDue = (schedule: ReviewSchedule, agreementStart: string | null): string | null => {
  if (schedule.fixedOn !== null) {
    return schedule.lastHeldOn !== null && schedule.lastHeldOn >= schedule.fixedOn ? null : schedule.fixedOn;
  }
  const anchor = schedule.lastHeldOn ?? agreementStart;
  if (schedule.everyMonths === null || anchor === null) {
    return null;
  }
  return addMonths(anchor, schedule.everyMonths);
};

/** The next `count` due days of a recurring review (one at most for a fixed one), for a calendar. */
export const listReviewDueDays = (
  schedule: ReviewSchedule,
  agreementStart: string | null,
  count: number,
): string[] => {
  const first = nextReviewDue(schedule, agreementStart);
  if (first === null) {
    return [];
  }
  if (schedule.everyMonths === null || schedule.fixedOn !== null) {
    return [first];
  }
  const every = schedule.everyMonths;
  return Array.from({ length: count }, (_, k) => addMonths(first, k * every));
};

/** Whether a due day falls within `withinDays` days of today; a review overdue and not held yet counts as due. */
export const isDueWithin = (due: string, today: string, withinDays: number): boolean =>
  due <= addDays(today, withinDays);

/** The day the reminder for a due day starts. */
export const reminderFrom = (due: string, remindDaysBefore: number): string =>
  addDays(due, -remindDaysBefore);
