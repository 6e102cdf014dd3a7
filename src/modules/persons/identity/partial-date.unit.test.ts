import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDay,
  comparePartialDates,
  computeAgeRange,
  formatPartialDate,
  isAgePossible,
  isPartialDateConsistent,
  type PartialDate,
  parsePartialDate,
} from './partial-date.ts';

const today: CalendarDay = { year: 2026, month: 3, day: 15 };

describe('parsePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['1990', { year: 1990 }],
    ['1990-05', { year: 1990, month: 5 }],
    ['1990-05-12', { year: 1990, month: 5, day: 12 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['2026', { year: 2026 }],
    ['2026-03-15', { year: 2026, month: 3, day: 15 }],
  ])('%s → %j', (text, date) => {
    expect(parsePartialDate(text, today)).toEqual({ ok: true, date });
  });

  it.each([
    ['2023-02-29', 'day'],
    ['1900-02-29', 'day'],
    ['1990-04-31', 'day'],
    ['1990-05-00', 'day'],
    ['1990-13', 'month'],
    ['1990-00-10', 'month'],
    ['1899-12-31', 'before_1900'],
    ['2026-03-16', 'in_future'],
    ['2026-04', 'in_future'],
    ['2027', 'in_future'],
    ['90', 'format'],
    ['1990-5-12', 'format'],
    ['12/05/1990', 'format'],
    [' 1990', 'format'],
    ['', 'format'],
  ])('%j is rejected for %s', (text, reason) => {
    expect(parsePartialDate(text, today)).toEqual({ ok: false, reason });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parsePartialDate(text, today)));
  });

  it('reads back what it formats', () => {
    const partialDate = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2026-03-15T00:00:00Z'),
        noInvalidDate: true,
      })
      .chain((date) =>
        fc.constantFrom<PartialDate>(
          { year: date.getUTCFullYear() },
          { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 },
          { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
        ),
      );
    fc.assert(
      fc.property(partialDate, (date) => {
        expect(parsePartialDate(formatPartialDate(date), today)).toEqual({ ok: true, date });
      }),
    );
  });
});

describe('isPartialDateConsistent', () => {
  it.each<[PartialDate, PartialDate, boolean]>([
    [{ year: 1990 }, { year: 1990, month: 5, day: 12 }, true],
    [{ year: 1990, month: 5 }, { year: 1990, month: 5, day: 12 }, true],
    [{ year: 1990, month: 5 }, { year: 1990, month: 6, day: 1 }, false],
    [{ year: 1990, month: 5, day: 12 }, { year: 1990, month: 5, day: 13 }, false],
    [{ year: 1990 }, { year: 1991 }, false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(isPartialDateConsistent(a, b)).toBe(expected);
    expect(isPartialDateConsistent(b, a)).toBe(expected);
  });
});

describe('comparePartialDates', () => {
  it('puts a less precise date before a more precise one of the same period', () => {
    const dates: PartialDate[] = [
      { year: 1990, month: 5, day: 2 },
      { year: 1989 },
      { year: 1990, month: 5 },
      { year: 1990 },
    ];
    expect([...dates].sort(comparePartialDates).map(formatPartialDate)).toEqual([
      '1989',
      '1990',
      '1990-05',
      '1990-05-02',
    ]);
  });
});

describe('ages', () => {
  const on: CalendarDay = { year: 2024, month: 6, day: 1 };

  it.each<[PartialDate, number, number]>([
    [{ year: 1990 }, 33, 34],
    [{ year: 1990, month: 6 }, 33, 34],
    [{ year: 1990, month: 5 }, 34, 34],
    [{ year: 1990, month: 6, day: 1 }, 34, 34],
    [{ year: 1990, month: 6, day: 2 }, 33, 33],
  ])('born %j is %i to %i on 2024-06-01', (birth, youngest, oldest) => {
    expect(computeAgeRange(birth, on)).toEqual({ youngest, oldest });
  });

  it.each([
    [34, 0, true],
    [30, 0, false],
    [30, 3, true],
    [38, 3, false],
  ])('born 1990: age %i ± %i possible → %s', (age, tolerance, expected) => {
    expect(isAgePossible({ birth: { year: 1990 }, on, age, tolerance })).toBe(expected);
  });
});
