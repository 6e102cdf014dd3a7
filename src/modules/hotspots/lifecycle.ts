/**
 * The lifecycle of a drug point or hotspot: reported, verified, under surveillance, eliminated ("triệt xóa"), the
 * re-emergence check after elimination, closed. A check that finds it back ("tái phát") returns it to verified.
 */
export const HOTSPOT_STATUSES = [
  'reported',
  'verified',
  'under_surveillance',
  'eliminated',
  'recheck',
  'closed',
] as const;
export type HotspotStatus = (typeof HOTSPOT_STATUSES)[number];

/** The moves the lifecycle allows, from each status; `closed` is final. */
export const ALLOWED_TRANSITIONS: Readonly<Record<HotspotStatus, readonly HotspotStatus[]>> = {
  reported: ['verified', 'closed'],
  verified: ['under_surveillance', 'eliminated', 'closed'],
  under_surveillance: ['verified', 'eliminated', 'closed'],
  eliminated: ['recheck', 'verified'],
  recheck: ['verified', 'closed'],
  closed: [],
};

/** Whether the lifecycle allows moving from one status to another. */
export const canTransition = (from: HotspotStatus, to: HotspotStatus): boolean =>
  ALLOWED_TRANSITIONS[from].includes(to);

/** Whether a move back to `verified` after elimination is a re-emergence (the point or hotspot came back). */
export const isReemergence = (from: HotspotStatus, to: HotspotStatus): boolean =>
  to === 'verified' && (from === 'eliminated' || from === 'recheck');

/** The re-emergence check after elimination: 6 months later unless the transition says otherwise (1 to 36). */
export const RECHECK_MONTHS = { default: 6, min: 1, max: 36 } as const;

/**
 * The day `months` calendar months after `day` (`YYYY-MM-DD`), kept inside the target month: 31 August plus six
 * months is the last day of February.
 */
export const addMonths = (day: string, months: number): string => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(date, lastDay))}`;
};

/** The re-check day a move schedules: set on elimination, kept through the check, cleared by any other status. */
export const recheckDueAfter = (
  to: HotspotStatus,
  on: string,
  months: number,
  current: string | null,
): string | null => {
  if (to === 'eliminated') return addMonths(on, months);
  if (to === 'recheck') return current;
  return null;
};
