import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/index.ts';
import {
  type ActorAgency,
  canEditRegistry,
  canManageContacts,
  isParentKindAllowed,
  isSuccessorCountValid,
} from './agencies.policy.ts';
import type { AgencyKind, SuccessionKind } from './agencies.tables.ts';
import { planChairTerm } from './groups/chair-terms.ts';
import { isValidOn, periodIssue, periodStatus, periodsOverlap } from './periods.ts';

const actor = (roles: Role[], agencyKind: AgencyKind, agencyId = 'own'): ActorAgency => ({
  roles,
  agencyKind,
  agencyId,
});

describe('the registry rule', () => {
  it.each<[Role[], AgencyKind, boolean]>([
    [['administrator'], 'ministry', true],
    [['administrator'], 'department', true],
    [['administrator'], 'provincial', false],
    [['administrator'], 'foreign', false],
    [['commander'], 'ministry', false],
    [['read_only', 'analyst'], 'department', false],
  ])('roles %j in a %s agency → %s', (roles, kind, expected) => {
    expect(canEditRegistry(actor(roles, kind))).toBe(expected);
  });
});

describe('the contacts rule', () => {
  it.each<[string, ActorAgency, { id: string; parentId: string | null }, boolean]>([
    ['own administrator', actor(['administrator'], 'provincial'), { id: 'own', parentId: null }, true],
    ['parent administrator', actor(['administrator'], 'provincial'), { id: 'child', parentId: 'own' }, true],
    ['registry administrator', actor(['administrator'], 'department'), { id: 'other', parentId: null }, true],
    [
      'another agency’s administrator',
      actor(['administrator'], 'provincial'),
      { id: 'other', parentId: null },
      false,
    ],
    ['own liaison officer', actor(['liaison_officer'], 'provincial'), { id: 'own', parentId: null }, false],
    [
      'a division’s administrator for its parent',
      actor(['administrator'], 'division'),
      { id: 'p', parentId: null },
      false,
    ],
  ])('%s → %s', (_name, who, agency, expected) => {
    expect(canManageContacts(who, agency)).toBe(expected);
  });
});

describe('the hierarchy and succession rules', () => {
  it.each<[AgencyKind, AgencyKind | null, boolean]>([
    ['ministry', null, true],
    ['department', 'ministry', true],
    ['department', null, false],
    ['provincial', null, true],
    ['division', 'provincial', true],
    ['division', null, false],
    ['commune', 'provincial', true],
    ['commune', 'division', false],
    ['foreign', null, true],
    ['foreign', 'provincial', false],
  ])('%s under %s → %s', (kind, parent, expected) => {
    expect(isParentKindAllowed(kind, parent)).toBe(expected);
  });

  it.each<[SuccessionKind, number, boolean]>([
    ['merged_into', 1, true],
    ['merged_into', 2, false],
    ['renamed', 1, true],
    ['split_into', 1, false],
    ['split_into', 3, true],
  ])('%s with %i successors → %s', (kind, count, expected) => {
    expect(isSuccessorCountValid(kind, count)).toBe(expected);
  });
});

describe('periods (half-open, null open)', () => {
  const yenBai = { validFrom: null, validUntil: '2025-07-01' };
  it.each<[{ validFrom: string | null; validUntil: string | null }, string, boolean]>([
    [yenBai, '2023-06-20', true],
    [yenBai, '2025-06-30', true],
    [yenBai, '2025-07-01', false],
    [{ validFrom: '2025-07-01', validUntil: null }, '2025-07-01', true],
    [{ validFrom: '2025-07-01', validUntil: null }, '2025-06-30', false],
  ])('%j holds on %s → %s', (period, day, expected) => {
    expect(isValidOn(period, day)).toBe(expected);
  });

  it.each([
    [{ validFrom: null, validUntil: '2025-07-01' }, { validFrom: '2025-07-01', validUntil: null }, false],
    [{ validFrom: null, validUntil: '2025-07-02' }, { validFrom: '2025-07-01', validUntil: null }, true],
    [{ validFrom: null, validUntil: null }, { validFrom: '2020-01-01', validUntil: '2020-01-02' }, true],
  ])('%j and %j overlap → %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it('names the field of a period that ends before it starts, and tells the status on a day', () => {
    expect(
      periodIssue({ validFrom: '2024-01-01', validUntil: '2024-01-01' }, 'units.0.validUntil'),
    ).toMatchObject({
      path: 'units.0.validUntil',
      code: 'invalid_period',
    });
    expect(periodIssue({ validFrom: '2024-01-01', validUntil: null }, 'validUntil')).toBeUndefined();
    expect(periodStatus({ validFrom: '2030-01-01', validUntil: null }, '2026-01-01')).toBe('future');
    expect(periodStatus(yenBai, '2026-01-01')).toBe('dissolved');
  });
});

describe('chair handovers', () => {
  const hcmc = { id: 'hcmc', startsOn: '2020-10-29', endsOn: '2022-09-12' };
  const brvt = { id: 'brvt', startsOn: '2022-09-12', endsOn: null };
  it.each<[string, { startsOn: string; endsOn: string | null }, ReturnType<typeof planChairTerm>]>([
    ['a handover closes the running term', { startsOn: '2024-01-01', endsOn: null }, { closeTermId: 'brvt' }],
    [
      'a term inside a closed one',
      { startsOn: '2021-01-01', endsOn: '2021-06-01' },
      { issue: expect.objectContaining({ path: 'startsOn', code: 'chair_terms_overlap' }) },
    ],
    [
      'a term reaching into the first one',
      { startsOn: '2019-01-01', endsOn: '2021-01-01' },
      { issue: expect.objectContaining({ path: 'endsOn', code: 'chair_terms_overlap' }) },
    ],
    [
      'a term that ends where the first begins',
      { startsOn: '2019-01-01', endsOn: '2020-10-29' },
      { closeTermId: null },
    ],
    [
      'a term starting with the running one',
      { startsOn: '2022-09-12', endsOn: null },
      { issue: expect.objectContaining({ path: 'startsOn', code: 'chair_terms_overlap' }) },
    ],
    [
      'a term ending before it starts',
      { startsOn: '2024-01-01', endsOn: '2023-01-01' },
      { issue: expect.objectContaining({ path: 'endsOn', code: 'invalid_period' }) },
    ],
  ])('%s', (_name, proposed, expected) => {
    expect(planChairTerm([hcmc, brvt], proposed)).toEqual(expected);
  });
});
