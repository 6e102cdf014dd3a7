import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese } from './vietnamese.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐẶNG THỊ ĐIỀU', 'dang thi dieu'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['Thuỷ', 'thuy'],
    ['Thủy', 'thuy'],
    ['  Lai   Châu ', 'lai chau'],
    ['Nguye\u0302\u0303n', 'nguyen'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });
});

describe('compareVietnamese', () => {
  it('orders by the Vietnamese alphabet, đ after d', () => {
    const names = ['Đà Nẵng', 'Điện Biên', 'Cà Mau', 'Dak Lak', 'An Giang', 'Ăn Thử'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Ăn Thử',
      'Cà Mau',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
    ]);
  });
});
