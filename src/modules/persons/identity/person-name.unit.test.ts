import { describe, expect, it } from 'vitest';
import { formatPersonName, listFoldedTokens, listNameSearchKeys, splitPersonName } from './person-name.ts';

const NFC = 'Nguyễn Văn Đức'.normalize('NFC');
const NFD = 'Nguyễn Văn Đức'.normalize('NFD');

describe('splitPersonName', () => {
  it.each([
    ['Nguyễn Văn Đức', 'Nguyễn', ['Văn'], 'Đức', 'surname_first'],
    ['  Trần   Thị  Minh Khai ', 'Trần', ['Thị', 'Minh'], 'Khai', 'surname_first'],
    ['Lê Lợi', 'Lê', [], 'Lợi', 'surname_first'],
    ['Giàng A Páo', 'Giàng', ['A'], 'Páo', 'surname_first'],
    ['Duc Nguyen Van', 'Nguyen', ['Van'], 'Duc', 'given_first'],
    ['Đức Nguyễn Văn', 'Nguyễn', ['Văn'], 'Đức', 'given_first'],
    ['Duc Van Nguyen', 'Nguyen', ['Van'], 'Duc', 'given_first'],
    ['Mai Tran', 'Tran', [], 'Mai', 'given_first'],
    ['Hoàng Văn Lê', 'Hoàng', ['Văn'], 'Lê', 'surname_first'],
    ['Tuấn Anh', 'Tuấn', [], 'Anh', 'surname_first'],
    ['Tư', '', [], 'Tư', 'surname_first'],
  ])('%j → %s / %j / %s (%s)', (fullName, surname, middle, given, order) => {
    expect(splitPersonName(fullName)).toMatchObject({ surname, middle, given, order });
  });

  it('reads composed and decomposed Unicode alike', () => {
    expect(NFC).not.toBe(NFD);
    expect(splitPersonName(NFD)).toEqual(splitPersonName(NFC));
  });

  it.each([
    ['Nguyễn Văn Đức', ['nguyen', 'van', 'duc']],
    [NFD, ['nguyen', 'van', 'duc']],
    ['NGUYỄN VĂN ĐỨC', ['nguyen', 'van', 'duc']],
    ['đặng thị điều', ['dang', 'thi', 'dieu']],
    ['Đức Nguyễn Văn', ['nguyen', 'van', 'duc']],
  ])('folds %j to %j in Vietnamese order', (fullName, tokens) => {
    expect(listFoldedTokens(splitPersonName(fullName))).toEqual(tokens);
  });

  it('writes a given-name-first name back in Vietnamese order', () => {
    expect(formatPersonName(splitPersonName('Đức Nguyễn Văn'))).toBe('Nguyễn Văn Đức');
  });
});

describe('listNameSearchKeys', () => {
  it.each([
    ['Nguyễn Văn Đức', ['nguyen van duc', 'nguyen duc', 'van duc', 'duc']],
    ['Duc Nguyen Van', ['nguyen van duc', 'nguyen duc', 'van duc', 'duc']],
    [
      'Nguyễn Thị Minh Khai',
      ['nguyen thi minh khai', 'nguyen minh khai', 'nguyen thi khai', 'nguyen khai', 'minh khai', 'khai'],
    ],
    ['Lê Lợi', ['le loi', 'loi']],
    ['Tư', ['tu']],
    ['', []],
  ])('%j → %j', (fullName, keys) => {
    expect(listNameSearchKeys(splitPersonName(fullName))).toEqual(keys);
  });
});
