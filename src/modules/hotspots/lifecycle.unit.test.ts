import { describe, expect, it } from 'vitest';
import {
  ALLOWED_TRANSITIONS,
  addMonths,
  canTransition,
  HOTSPOT_STATUSES,
  type HotspotStatus,
  isReemergence,
  recheckDueAfter,
} from './lifecycle.ts';

const ALLOWED: [HotspotStatus, HotspotStatus][] = [
  ['reported', 'verified'],
  ['reported', 'closed'],
  ['verified', 'under_surveillance'],
  ['verified', 'eliminated'],
  ['verified', 'closed'],
  ['under_surveillance', 'verified'],
  ['under_surveillance', 'eliminated'],
  ['under_surveillance', 'closed'],
  ['eliminated', 'recheck'],
  ['eliminated', 'verified'],
  ['recheck', 'verified'],
  ['recheck', 'closed'],
];

const isListed = (from: HotspotStatus, to: HotspotStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
const ALL_PAIRS = HOTSPOT_STATUSES.flatMap((from) => HOTSPOT_STATUSES.map((to) => [from, to] as const));

describe('the hotspot lifecycle', () => {
  it.each(ALL_PAIRS.filter(([f, t]) => isListed(f, t)))('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each(ALL_PAIRS.filter(([f, t]) => !isListed(f, t)))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends at closed, and never stays in place', () => {
    expect(ALLOWED_TRANSITIONS.closed).toEqual([]);
    for (const status of HOTSPOT_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it.each([
    ['eliminated', 'verified', true],
    ['recheck', 'verified', true],
    ['under_surveillance', 'verified', false],
    ['recheck', 'closed', false],
  ] as const)('counts %s → %s as a re-emergence: %s', (from, to, expected) => {
    expect(isReemergence(from, to)).toBe(expected);
  });
});

describe('re-check scheduling', () => {
  it.each([
    ['2024-03-15', 6, '2024-09-15'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-10-31', 1, '2024-11-30'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-07-01', 12, '2025-07-01'],
    ['2025-01-31', 36, '2028-01-31'],
    ['2024-11-30', 3, '2025-02-28'],
  ] as const)('%s + %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('is set by an elimination, kept through the check and cleared by any other move', () => {
    expect(recheckDueAfter('eliminated', '2024-08-31', 6, null)).toBe('2025-02-28');
    expect(recheckDueAfter('recheck', '2025-03-01', 6, '2025-02-28')).toBe('2025-02-28');
    expect(recheckDueAfter('verified', '2025-03-01', 6, '2025-02-28')).toBeNull();
    expect(recheckDueAfter('closed', '2025-03-01', 6, '2025-02-28')).toBeNull();
  });
});
