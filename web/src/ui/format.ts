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
