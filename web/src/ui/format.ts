const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB', lo: 'lo-LA' };

/** Formats a UTC ISO timestamp as a local date and time in the UI language. */
export const formatDateTime = (iso: string, language: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.vi, {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
};

/** Formats a distance in kilometres with one decimal, in the UI language. */
export const formatKm = (km: number, language: string): string =>
  `${new Intl.NumberFormat(LOCALES[language] ?? LOCALES.vi, { maximumFractionDigits: 1 }).format(km)} km`;

/** Formats a calendar day (`YYYY-MM-DD`, or an ISO timestamp's day) without shifting it by the time zone. */
export const formatDay = (day: string, language: string): string => {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return day;
  }
  return new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.vi, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).format(date);
};

/** Today's calendar day in UTC (`YYYY-MM-DD`), the default day the API looks at. */
export const todayDay = (): string => new Date().toISOString().slice(0, 10);

/**
 * Formats a UTC timestamp in the border's local time (Asia/Ho_Chi_Minh; Vientiane is the same UTC+7), whatever
 * the browser's own zone: deadlines read the same on both sides of the border.
 */
export const formatBorderTime = (iso: string, language: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const text = new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.vi, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
  return `${text} (UTC+7)`;
};
