import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIRTH_REGISTRATION_PROVINCE_CODES,
  listCitizenIdDisagreements,
  parseCitizenId,
} from './citizen-id.ts';

describe('parseCitizenId', () => {
  it.each([
    ['001090012345', '001', 'male', 1990],
    ['033195000123', '033', 'female', 1995],
    ['079205999999', '079', 'male', 2005],
    ['096300000001', '096', 'female', 2000],
    ['001400000000', '001', 'male', 2100],
    ['001799000000', '001', 'female', 2299],
    ['001800000000', '001', 'male', 2300],
    ['001999000000', '001', 'female', 2399],
  ])('%s → province %s, %s, born %i', (number, provinceCode, sex, birthYear) => {
    expect(parseCitizenId(number)).toEqual({ ok: true, number, provinceCode, sex, birthYear });
  });

  it.each([
    ['', 'length'],
    ['00109001234', 'length'],
    ['0010900123456', 'length'],
    ['00109001234A', 'not_digits'],
    ['001 090012345', 'not_digits'],
    ['abcdefghijkl', 'not_digits'],
    ['000090012345', 'unknown_province'],
    ['099090012345', 'unknown_province'],
    ['003090012345', 'unknown_province'],
    ['100090012345', 'unknown_province'],
  ])('%j is rejected for %s', (number, reason) => {
    expect(parseCitizenId(number)).toEqual({ ok: false, reason });
  });

  it('knows the 63 provinces of Circular 07/2016, from 001 Hà Nội to 096 Cà Mau', () => {
    expect(BIRTH_REGISTRATION_PROVINCE_CODES.size).toBe(63);
    expect([...BIRTH_REGISTRATION_PROVINCE_CODES].every((code) => /^0\d\d$/.test(code))).toBe(true);
  });

  it('never throws, and accepts only twelve digits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseCitizenId(text);
        expect(!result.ok || /^\d{12}$/.test(text)).toBe(true);
      }),
    );
  });

  it('accepts every number with a known province code whatever its other digits', () => {
    const codes = [...BIRTH_REGISTRATION_PROVINCE_CODES];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.stringMatching(/^\d{9}$/), (code, rest) => {
        expect(parseCitizenId(`${code}${rest}`).ok).toBe(true);
      }),
    );
  });
});

describe('listCitizenIdDisagreements', () => {
  const hanoiMan1990 = parseCitizenId('001090012345');
  if (!hanoiMan1990.ok) {
    throw new Error('fixture must parse');
  }

  it.each([
    [{ sex: 'male', birthYear: 1990 }, []],
    [{}, []],
    [{ sex: 'female', birthYear: 1990 }, ['sex_differs']],
    [{ sex: 'male', birthYear: 1991 }, ['birth_year_differs']],
    [{ sex: 'female', birthYear: 2090 }, ['sex_differs', 'birth_year_differs']],
  ] as const)('person %j → %j', (person, expected) => {
    expect(listCitizenIdDisagreements(hanoiMan1990, { ...person, currentYear: 2026 })).toEqual(expected);
  });

  it('flags a number whose birth year has not come yet', () => {
    const parsed = parseCitizenId('001299012345');
    expect(parsed.ok && listCitizenIdDisagreements(parsed, { currentYear: 2026 })).toEqual([
      'birth_year_in_future',
    ]);
  });
});
