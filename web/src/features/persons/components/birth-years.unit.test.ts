import { describe, expect, it } from 'vitest';
import { parseBirthYears } from './birth-years';

describe('parseBirthYears', () => {
  it.each([
    ['', { birthYear: null, birthYearFrom: null, birthYearTo: null }],
    ['  ', { birthYear: null, birthYearFrom: null, birthYearTo: null }],
    ['1990', { birthYear: 1990, birthYearFrom: null, birthYearTo: null }],
    ['1988-1992', { birthYear: null, birthYearFrom: 1988, birthYearTo: 1992 }],
    ['1988 – 1992', { birthYear: null, birthYearFrom: 1988, birthYearTo: 1992 }],
    ['1990-1990', { birthYear: 1990, birthYearFrom: null, birthYearTo: null }],
    ['1992-1988', null],
    ['199', null],
    ['1850', null],
    ['khoảng 1990', null],
  ])('reads %j', (text, expected) => {
    expect(parseBirthYears(text)).toEqual(expected);
  });
});
