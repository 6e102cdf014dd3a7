import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../text/vietnamese.ts';
import {
  compareNames,
  computeEditDistance,
  measureTokenDistance,
  type NameMatchReason,
} from './name-similarity.ts';
import { splitPersonName } from './person-name.ts';

describe('computeEditDistance', () => {
  it.each([
    ['duc', 'duc', 0],
    ['duc', 'dcu', 1],
    ['duc', 'du', 1],
    ['duc', 'duk', 1],
    ['nguyen', 'nguyne', 1],
    ['nguyen', 'ngyuen', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%j ↔ %j is %i', (a, b, distance) => {
    expect(computeEditDistance(a, b)).toBe(distance);
  });

  it.each([
    ['kitten', 'sitting', 1, 2],
    ['a', 'abcdef', 2, 3],
    ['abcdef', 'badcfe', 2, 3],
    ['nguyen', 'nguyne', 1, 1],
  ])('%j ↔ %j stops past max %i', (a, b, max, result) => {
    expect(computeEditDistance(a, b, max)).toBe(result);
  });

  it('is symmetric and 0 exactly when the folded tokens are equal', () => {
    const token = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('Đức', 'duc', 'Nguyễn', 'Nguyễn'.normalize('NFD'), 'nguyen', 'Dục', 'ĐẶNG'),
    );
    fc.assert(
      fc.property(token, token, (a, b) => {
        const distance = measureTokenDistance(a, b);
        expect(measureTokenDistance(b, a)).toBe(distance);
        expect(distance === 0).toBe(foldVietnamese(a) === foldVietnamese(b));
      }),
    );
  });

  it('agrees with the full distance whenever that is within max', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat(4), (a, b, max) => {
        const full = computeEditDistance(a, b);
        expect(computeEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
    );
  });
});

const compare = (a: string, b: string, aliasesOfB: string[] = []) =>
  compareNames(splitPersonName(a), splitPersonName(b), { aliasesOfB: aliasesOfB.map(splitPersonName) });

describe('compareNames', () => {
  it.each<[string, string, NameMatchReason[]]>([
    ['Nguyễn Văn Đức', 'Nguyễn Văn Đức', ['exact']],
    ['NGUYỄN VĂN ĐỨC', 'nguyễn  văn đức', ['exact']],
    ['Nguyễn Văn Đức'.normalize('NFC'), 'Nguyễn Văn Đức'.normalize('NFD'), ['exact']],
    ['Nguyen Van Duc', 'Nguyễn Văn Đức', ['folded_equal']],
    ['Đức Nguyễn Văn', 'Nguyễn Văn Đức', ['order_swapped']],
    ['Duc Nguyen Van', 'Nguyễn Văn Đức', ['folded_equal', 'order_swapped']],
    ['Páo Giàng A', 'Giàng A Páo', ['order_swapped']],
    ['Nguyễn Văn Đức', 'Nguyễn Văn Dức', ['folded_equal']],
    ['Nguyen Van Duc', 'Nguyen Van Dcu', ['typo']],
    ['Nguyen Van Duc', 'Nguyen Van Duck', ['typo']],
    ['Nguyen Van Duc', 'Nguyne Van Duc', ['typo']],
    ['Nguyen Van Duc', 'Nguyen Duc', ['missing_middle_name']],
    ['Nguyen Thi Minh Khai', 'Nguyen Minh Khai', ['missing_middle_name']],
    ['Hoàng Văn Thụ', 'Huỳnh Văn Thụ', ['surname_variant']],
    ['Nguyen Van Duc', 'Tran Van Duc', ['surname_differs']],
    ['Nguyen Van Duc', 'Nguyen Van Minh', ['given_differs']],
    ['Nguyen Van Duc', 'Nguyen Thi Duc', ['middle_differs']],
    ['Le Van Duc', 'Ly Van Duc', ['surname_differs']],
    ['Đức', 'Nguyễn Văn Đức', ['missing_surname', 'missing_middle_name']],
  ])('%j vs %j → %j', (a, b, reasons) => {
    const result = compare(a, b);
    expect(result.reasons).toEqual(reasons);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('ranks exact over diacritics over a typo over a missing middle name over a different given name', () => {
    const scores = [
      compare('Nguyễn Văn Đức', 'Nguyễn Văn Đức'),
      compare('Nguyen Van Duc', 'Nguyễn Văn Đức'),
      compare('Nguyen Van Duc', 'Nguyen Duc'),
      compare('Nguyen Van Duc', 'Nguyen Van Dcu'),
      compare('Nguyen Van Duc', 'Nguyen Van Minh'),
    ].map((result) => result.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBe(1);
  });

  it('counts agreeing on a rare surname for more than on Nguyễn', () => {
    const common = compare('Nguyen Van Duc', 'Nguyen Van Minh').score;
    const rare = compare('Giang A Duc', 'Giang A Minh').score;
    expect(rare).toBeGreaterThan(common);
  });

  it('matches a known alias of the second person', () => {
    const withoutAlias = compare('Tư Sẹo', 'Nguyễn Văn Đức');
    const withAlias = compare('Tư Sẹo', 'Nguyễn Văn Đức', ['Trần Văn Tèo', 'Tư Sẹo']);
    expect(withAlias.reasons).toEqual(['exact', 'alias']);
    expect(withAlias.score).toBeGreaterThan(withoutAlias.score);
    expect(withAlias.score).toBeLessThan(1);
  });

  it('is symmetric in score and stays in [0, 1] for any names', () => {
    const name = fc.array(
      fc.constantFrom('Nguyễn', 'nguyen', 'Văn', 'Thị', 'Đức', 'Duc', 'Dcu', 'Lê', 'Giàng', 'A'),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(name, name, (a, b) => {
        const forward = compare(a.join(' '), b.join(' ')).score;
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(forward).toBeLessThanOrEqual(1);
        expect(compare(b.join(' '), a.join(' ')).score).toBeCloseTo(forward, 10);
      }),
    );
  });
});
