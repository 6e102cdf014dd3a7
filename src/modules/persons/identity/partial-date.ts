// Birth dates as far as they are known: a year, a year and month, or a full date ("YYYY", "YYYY-MM", "YYYY-MM-DD").

export type PartialDate = { year: number; month?: number; day?: number };

/** A calendar day in the officers' own time zone, as the caller reads it from its clock. */
export type CalendarDay = { year: number; month: number; day: number };

export type PartialDateIssue = 'format' | 'month' | 'day' | 'before_1900' | 'in_future';

export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; reason: PartialDateIssue };

const EARLIEST_YEAR = 1900;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);

/** The first and last calendar days a partial date may stand for: 1990-05 spans 1990-05-01 .. 1990-05-31. */
export const spanPartialDate = (date: PartialDate): { first: CalendarDay; last: CalendarDay } => {
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  return {
    first: { year: date.year, month: firstMonth, day: date.day ?? 1 },
    last: { year: date.year, month: lastMonth, day: date.day ?? daysInMonth(date.year, lastMonth) },
  };
};

const compareDays = (a: CalendarDay, b: CalendarDay): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/**
 * Parses a birth date typed as "YYYY", "YYYY-MM" or "YYYY-MM-DD", rejecting days that do not exist (2023-02-29),
 * years before 1900 and dates wholly after `today`; a reason code is returned instead of throwing.
 */
export const parsePartialDate = (text: string, today: CalendarDay): PartialDateResult => {
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    return { ok: false, reason: 'format' };
  }
  const [, yearText, monthText, dayText] = match;
  const date: PartialDate = { year: Number(yearText) };
  if (monthText !== undefined) {
    date.month = Number(monthText);
    if (date.month < 1 || date.month > 12) {
      return { ok: false, reason: 'month' };
    }
  }
  if (dayText !== undefined && date.month !== undefined) {
    date.day = Number(dayText);
    if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
      return { ok: false, reason: 'day' };
    }
  }
  if (date.year < EARLIEST_YEAR) {
    return { ok: false, reason: 'before_1900' };
  }
  if (compareDays(spanPartialDate(date).first, today) > 0) {
    return { ok: false, reason: 'in_future' };
  }
  return { ok: true, date };
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Formats a partial date back to the text `parsePartialDate` reads: 1990, 1990-05 or 1990-05-12. */
export const formatPartialDate = (date: PartialDate): string => {
  const parts = [pad(date.year, 4)];
  if (date.month !== undefined) {
    parts.push(pad(date.month, 2));
    if (date.day !== undefined) {
      parts.push(pad(date.day, 2));
    }
  }
  return parts.join('-');
};

/**
 * Whether two partial dates can name the same day, for matching records: 1990 agrees with 1990-05-12,
 * 1990-05 does not agree with 1990-06-01. Only the parts both dates know are compared.
 */
export const isPartialDateConsistent = (a: PartialDate, b: PartialDate): boolean =>
  a.year === b.year &&
  (a.month === undefined || b.month === undefined || a.month === b.month) &&
  (a.day === undefined || b.day === undefined || a.day === b.day);

/** Orders partial dates for lists: by year, then month, then day, a less precise date before a more precise one. */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number =>
  a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

const completedYears = (birth: CalendarDay, on: CalendarDay): number =>
  on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);

/**
 * The youngest and oldest age in completed years someone born on `birth` can have on `on`; with a year only,
 * a person born in 1990 is 33 or 34 on 2024-06-01.
 */
export const computeAgeRange = (
  birth: PartialDate,
  on: CalendarDay,
): { youngest: number; oldest: number } => {
  const { first, last } = spanPartialDate(birth);
  return { youngest: completedYears(last, on), oldest: completedYears(first, on) };
};

/**
 * Whether a described age (a witness's "about 30", a document's stated age) fits a birth date, so that a search
 * can drop candidates who could not have that age; `tolerance` widens the estimate by that many years either way.
 */
export const isAgePossible = (input: {
  birth: PartialDate;
  on: CalendarDay;
  age: number;
  tolerance?: number;
}): boolean => {
  const { youngest, oldest } = computeAgeRange(input.birth, input.on);
  const tolerance = input.tolerance ?? 0;
  return input.age + tolerance >= youngest && input.age - tolerance <= oldest;
};
