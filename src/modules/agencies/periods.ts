import type { ErrorCode, FieldIssue } from '../../http/problem.ts';

/** A half-open period of calendar days (`YYYY-MM-DD`): `validUntil` is the first day that no longer holds; null is open. */
export type Period = { validFrom: string | null; validUntil: string | null };

/** The calendar day (UTC) of an instant, as `YYYY-MM-DD`. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** Whether a period holds on a day. */
export const isValidOn = (period: Period, day: string): boolean =>
  (period.validFrom === null || period.validFrom <= day) &&
  (period.validUntil === null || day < period.validUntil);

/** Whether two periods share at least one day. */
export const periodsOverlap = (a: Period, b: Period): boolean =>
  (a.validUntil === null || b.validFrom === null || b.validFrom < a.validUntil) &&
  (b.validUntil === null || a.validFrom === null || a.validFrom < b.validUntil);

/** The field issue of a period that ends before it starts (or on its first day), or undefined when it is sound. */
export const periodIssue = (period: Period, path: string): (FieldIssue & { code: ErrorCode }) | undefined =>
  period.validFrom !== null && period.validUntil !== null && period.validUntil <= period.validFrom
    ? { path, code: 'invalid_period' as const, message: 'validUntil must be after validFrom' }
    : undefined;

/** Where a period stands relative to a day: before it starts, inside it, or after it ended. */
export const periodStatus = (period: Period, day: string): 'future' | 'active' | 'dissolved' => {
  if (period.validFrom !== null && day < period.validFrom) {
    return 'future';
  }
  return isValidOn(period, day) ? 'active' : 'dissolved';
};
