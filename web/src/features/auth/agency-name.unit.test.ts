import { describe, expect, it } from 'vitest';
import { type Agency, agencyNameIn } from './types';

const sekong: Agency = {
  id: '1',
  code: 'LA-XEKONG',
  name: 'Công an tỉnh Sê Kông (Lào)',
  nameLocal: 'ກອງບັນຊາການ ປກສ ແຂວງເຊກອງ',
  nameEn: 'Sekong Provincial Police (Lao PDR)',
  country: 'LA',
  kind: 'foreign',
};
const hungYen: Agency = {
  ...sekong,
  code: 'CA-HYN',
  name: 'Công an tỉnh Hưng Yên',
  nameLocal: 'Công an tỉnh Hưng Yên',
  nameEn: null,
  country: 'VN',
  kind: 'provincial',
};

describe('agencyNameIn', () => {
  it.each([
    [sekong, 'lo', 'ກອງບັນຊາການ ປກສ ແຂວງເຊກອງ'],
    [sekong, 'vi', 'Công an tỉnh Sê Kông (Lào)'],
    [sekong, 'en', 'Sekong Provincial Police (Lao PDR)'],
    [hungYen, 'lo', 'Công an tỉnh Hưng Yên'],
    [hungYen, 'en', 'Công an tỉnh Hưng Yên'],
  ])('names %s in %s as %s', (agency, language, expected) => {
    expect(agencyNameIn(agency, language)).toBe(expected);
  });
});
