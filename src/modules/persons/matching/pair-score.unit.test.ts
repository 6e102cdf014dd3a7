import { describe, expect, it } from 'vitest';
import { type MatchablePerson, POSSIBLE_MATCH_THRESHOLD, scorePair } from './pair-score.ts';

const person = (overrides: Partial<MatchablePerson>): MatchablePerson => ({
  fullName: 'Vũ Văn Khải',
  aliases: [],
  sex: 'male',
  birthYear: 1990,
  birthMonth: 5,
  birthDay: 12,
  idNumbers: [],
  provinceCode: '33',
  ...overrides,
});

describe('scoring a pair of person records', () => {
  it.each([
    [
      'the same record typed without diacritics, year only',
      { fullName: 'Vu Van Khai', birthMonth: null, birthDay: null },
    ],
    ['given name first', { fullName: 'Khải Vũ Văn' }],
    ['a typo and no middle name', { fullName: 'Vũ Khảii' }],
    ['the nickname as the name', { fullName: 'Khải Còi', aliases: [] }],
  ])('calls %s a possible match', (_label, other) => {
    const a = person({ aliases: ['Khải Còi'] });
    const b = person(other);
    expect(scorePair(b, a).score).toBeGreaterThanOrEqual(POSSIBLE_MATCH_THRESHOLD);
  });

  it.each([
    ['another given name', { fullName: 'Vũ Văn Hùng' }],
    ['another birth year', { birthYear: 1971, birthMonth: null, birthDay: null }],
    ['another sex', { sex: 'female' as const, fullName: 'Vũ Thị Khải' }],
    ['another identity number of the same name', { idNumbers: ['033090099999'] }],
  ])('does not call %s a possible match', (_label, other) => {
    const a = person({ idNumbers: ['033090012345'] });
    expect(scorePair(a, person(other)).score).toBeLessThan(POSSIBLE_MATCH_THRESHOLD);
  });

  it('lets a shared identity number settle it, and explains each field with the surname’s share', () => {
    const { score, explanation } = scorePair(
      person({ idNumbers: ['033090012345'], fullName: 'Nguyễn Văn Khải' }),
      person({
        idNumbers: ['033090012345'],
        fullName: 'Nguyen Khai',
        birthYear: 1990,
        birthMonth: null,
        birthDay: null,
        provinceCode: '01',
      }),
    );
    expect(score).toBeGreaterThanOrEqual(0.99);
    expect(explanation).toMatchObject({
      idNumber: 'agrees',
      birthDate: 'agrees',
      sex: 'agrees',
      province: 'disagrees',
    });
    expect(explanation.surnameShare).toBeGreaterThan(0.3);
  });
});
