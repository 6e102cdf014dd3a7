import { formatDay } from '../../../ui/format';

type Translate = (
  key: 'agencies.period.from' | 'agencies.period.until' | 'agencies.period.always',
  options?: { day: string },
) => string;

/** A half-open period as text: "từ 29/10/2020 · đến hết 30/6/2025"; `until` is the first day it no longer holds. */
export const periodText = (
  period: { validFrom: string | null; validUntil: string | null },
  t: Translate,
  language: string,
): string => {
  const parts: string[] = [];
  if (period.validFrom) {
    parts.push(t('agencies.period.from', { day: formatDay(period.validFrom, language) }));
  }
  if (period.validUntil) {
    const lastDay = new Date(`${period.validUntil.slice(0, 10)}T00:00:00Z`);
    lastDay.setUTCDate(lastDay.getUTCDate() - 1);
    parts.push(t('agencies.period.until', { day: formatDay(lastDay.toISOString(), language) }));
  }
  return parts.length > 0 ? parts.join(' · ') : t('agencies.period.always');
};
