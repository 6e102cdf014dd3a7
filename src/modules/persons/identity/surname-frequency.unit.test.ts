import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURNAME_SHARE,
  findSurnameShare,
  MAX_SURNAME_INFORMATION,
  measureSurnameInformation,
} from './surname-frequency.ts';

describe('surname frequency', () => {
  it.each([
    ['Nguyễn', 0.38],
    ['nguyen', 0.38],
    ['NGUYỄN'.normalize('NFD'), 0.38],
    ['Đặng', 0.021],
    ['Huỳnh', 0.051],
    ['Võ', 0.039],
    ['Giàng', DEFAULT_SURNAME_SHARE],
  ])('%s has share %f', (surname, share) => {
    expect(findSurnameShare(surname)).toBe(share);
  });

  it('weighs a common surname little and a rare one much', () => {
    expect(measureSurnameInformation('Nguyễn')).toBeCloseTo(1.396, 2);
    expect(measureSurnameInformation('Trần')).toBeGreaterThan(measureSurnameInformation('Nguyễn'));
    expect(measureSurnameInformation('Lý')).toBeGreaterThan(measureSurnameInformation('Dương'));
    expect(measureSurnameInformation('Giàng')).toBe(MAX_SURNAME_INFORMATION);
  });
});
