import { describe, expect, it } from 'vitest';
import type { ActorAgency } from '../agencies/index.ts';
import { canChangeStatus, canWriteAgreement } from './agreements.policy.ts';
import type { AgreementStatus } from './agreements.tables.ts';
import { addMonths, isDueWithin, listReviewDueDays, nextReviewDue } from './reviews/review-schedule.ts';

const PARTY = 'party-agency';
const actor = (
  roles: ActorAgency['roles'],
  agencyKind: ActorAgency['agencyKind'] = 'provincial',
  agencyId = PARTY,
) => ({
  agencyId,
  agencyKind,
  roles,
});

describe('who may write an agreement', () => {
  it.each([
    ['a party’s administrator', actor(['administrator']), true],
    ['a party’s commander', actor(['commander']), true],
    ['a party’s liaison officer', actor(['liaison_officer']), false],
    ['a party’s read-only user', actor(['read_only']), false],
    ['another force’s administrator', actor(['administrator'], 'provincial', 'other'), false],
    ['another force’s commander', actor(['commander'], 'provincial', 'other'), false],
    ['a registry administrator', actor(['administrator'], 'ministry', 'other'), true],
    ['a department administrator', actor(['administrator'], 'department', 'other'), true],
    ['a ministry analyst', actor(['analyst'], 'ministry', 'other'), false],
  ])('%s: %s', (_who, who, allowed) => {
    expect(canWriteAgreement(who, [PARTY, 'second'])).toBe(allowed);
  });
});

describe('status transitions', () => {
  const cases: [AgreementStatus, AgreementStatus, boolean][] = [
    ['draft', 'signed', true],
    ['draft', 'in_force', false],
    ['draft', 'expired', false],
    ['signed', 'in_force', true],
    ['signed', 'draft', false],
    ['signed', 'superseded', true],
    ['in_force', 'suspended', true],
    ['in_force', 'expired', true],
    ['in_force', 'superseded', true],
    ['in_force', 'draft', false],
    ['suspended', 'in_force', true],
    ['suspended', 'expired', true],
    ['expired', 'in_force', false],
    ['superseded', 'in_force', false],
  ];
  it.each(cases)('%s → %s: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });
});

describe('review due dates', () => {
  const every = (months: number, lastHeldOn: string | null) => ({
    everyMonths: months,
    fixedOn: null,
    lastHeldOn,
    remindDaysBefore: 30,
  });
  it.each([
    ['2022-09-12', 24, '2024-09-12'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-12-21', 12, '2024-12-21'],
    ['2020-10-29', 3, '2021-01-29'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
  it.each([
    ['after the last one held', every(24, '2022-09-12'), '2020-10-29', '2024-09-12'],
    ['after the start when none was held', every(24, null), '2020-10-29', '2022-10-29'],
    ['never without interval or start', every(24, null), null, null],
    [
      'on a fixed day until held',
      { ...every(1, null), everyMonths: null, fixedOn: '2025-03-01' },
      null,
      '2025-03-01',
    ],
    [
      'not again once the fixed day was held',
      { ...every(1, '2025-03-01'), everyMonths: null, fixedOn: '2025-03-01' },
      null,
      null,
    ],
  ])('next due %s', (_case, schedule, start, expected) => {
    expect(nextReviewDue(schedule, start)).toBe(expected);
  });
  it('lists the next due days of a recurring review', () => {
    expect(listReviewDueDays(every(24, '2022-09-12'), null, 3)).toEqual([
      '2024-09-12',
      '2026-09-12',
      '2028-09-12',
    ]);
  });
  it.each([
    ['2024-09-12', '2024-08-01', 90, true],
    ['2024-09-12', '2024-08-01', 30, false],
    ['2024-09-12', '2024-06-14', 90, true],
    ['2024-09-12', '2024-06-13', 90, false],
    ['2024-09-12', '2026-01-01', 0, true],
  ])('due %s, today %s, within %i days: %s', (due, today, within, expected) => {
    expect(isDueWithin(due, today, within)).toBe(expected);
  });
});
