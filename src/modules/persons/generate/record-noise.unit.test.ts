import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../text/vietnamese.ts';
import { listFoldedTokens, splitPersonName } from '../identity/person-name.ts';
import type { NameParts } from './generate-person.ts';
import { createRandom } from './random.ts';
import {
  applyNoise,
  applyTypo,
  drawNoise,
  dropDiacritics,
  dropMiddleName,
  formatGivenNameFirst,
  formatSurnameFirst,
  introduceTypo,
  NOISE_KINDS,
  type NoiseKind,
  type NoiseTarget,
  truncateToYear,
} from './record-noise.ts';

const DUC: NameParts = { surname: 'Nguyễn', middle: ['Văn'], given: 'Đức' };
const KHAI: NameParts = { surname: 'Trần', middle: ['Thị', 'Minh'], given: 'Khai' };

/** The letters of a word, sorted, to compare words made of the same letters. */
const lettersOf = (word: string) => [...word].sort().join('');

describe('the noise functions', () => {
  it.each([
    ['Nguyễn Văn Đức', 'Nguyen Van Duc'],
    ['ĐẶNG THỊ ĐIỀU', 'DANG THI DIEU'],
    ['Giàng A Páo', 'Giang A Pao'],
    ['Nguyễn Văn Đức'.normalize('NFD'), 'Nguyen Van Duc'],
    ['Lan', 'Lan'],
  ])('drops the diacritics of %j: %j', (text, expected) => {
    expect(dropDiacritics(text)).toBe(expected);
  });

  it.each([
    [DUC, 'Nguyễn Đức'],
    [KHAI, 'Trần Khai'],
    [{ surname: 'Lê', middle: [], given: 'Lợi' }, 'Lê Lợi'],
  ])('drops the middle names of %j', (name, expected) => {
    expect(formatSurnameFirst(dropMiddleName(name))).toBe(expected);
  });

  it.each([
    [DUC, 'given_surname_middle', 'Đức Nguyễn Văn'],
    [DUC, 'given_middle_surname', 'Đức Văn Nguyễn'],
    [KHAI, 'given_surname_middle', 'Khai Trần Thị Minh'],
    [KHAI, 'given_middle_surname', 'Khai Thị Minh Trần'],
  ] as const)('writes %j given name first (%s): %j', (name, style, expected) => {
    expect(formatGivenNameFirst(name, style)).toBe(expected);
  });

  it.each(['given_surname_middle', 'given_middle_surname'] as const)(
    'writes a name given first (%s) so that the name splitter reads it back',
    (style) => {
      const read = splitPersonName(formatGivenNameFirst(DUC, style));
      expect(read.order).toBe('given_first');
      expect(listFoldedTokens(read)).toEqual(['nguyen', 'van', 'duc']);
    },
  );

  it.each(['Hùng', 'Đức', 'Nguyễn', 'Ly', 'An', 'Tý'])('makes one typo of each kind in %j', (word) => {
    for (let seed = 0; seed < 50; seed += 1) {
      const random = createRandom(seed);
      const substituted = introduceTypo(random, word, 'substitution');
      expect(substituted).not.toBe(word);
      expect([...substituted]).toHaveLength([...word].length);
      expect([...substituted].filter((letter, i) => letter !== [...word][i])).toHaveLength(1);
      const transposed = introduceTypo(random, word, 'transposition');
      expect(transposed).not.toBe(word);
      if ([...word].length >= 3) {
        expect(lettersOf(transposed)).toBe(lettersOf(word));
        expect(transposed[0]).toBe(word[0]);
      }
      const deleted = introduceTypo(random, word, 'deletion');
      expect(deleted).not.toBe(word);
      if ([...word].length >= 3) {
        expect([...deleted]).toHaveLength([...word].length - 1);
        expect(deleted[0]).toBe(word[0]);
      }
    }
  });

  it('puts the typo in exactly one part of the name', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const typed = applyTypo(createRandom(seed), KHAI);
      const changed = [
        typed.surname !== KHAI.surname,
        typed.given !== KHAI.given,
        ...typed.middle.map((part, i) => part !== KHAI.middle[i]),
      ].filter(Boolean);
      expect(changed).toHaveLength(1);
    }
  });

  it.each([
    ['1990-05-12', '1990'],
    ['1990-05', '1990'],
    ['1990', '1990'],
  ])('keeps the year of %s', (date, expected) => {
    expect(truncateToYear(date)).toBe(expected);
  });
});

const TARGET: NoiseTarget = {
  name: DUC,
  aliases: ['Đức Lùn'],
  birthDate: '1990-05-12',
  idNumber: '001090012345',
};

describe('applyNoise', () => {
  it.each<[NoiseKind, Partial<ReturnType<typeof applyNoise>>]>([
    ['alias_as_name', { fullName: 'Đức Lùn', aliases: [] }],
    ['missing_middle_name', { fullName: 'Nguyễn Đức' }],
    ['no_diacritics', { fullName: 'Nguyen Van Duc', aliases: ['Duc Lun'] }],
    ['year_only', { birthDate: '1990', fullName: 'Nguyễn Văn Đức' }],
    ['missing_id_number', { idNumber: undefined, birthDate: '1990-05-12' }],
  ])('applies %s and nothing else', (kind, expected) => {
    const fields = applyNoise(createRandom(1), TARGET, [kind]);
    expect({ ...fields, idNumber: fields.idNumber }).toMatchObject({
      fullName: 'Nguyễn Văn Đức',
      aliases: ['Đức Lùn'],
      birthDate: '1990-05-12',
      idNumber: '001090012345',
      ...expected,
    });
  });

  it('writes the name given first, or with a typo that keeps it close', () => {
    const swapped = applyNoise(createRandom(1), TARGET, ['given_name_first']).fullName;
    expect(['Đức Nguyễn Văn', 'Đức Văn Nguyễn']).toContain(swapped);
    const typed = applyNoise(createRandom(1), TARGET, ['typo']).fullName;
    expect(typed).not.toBe('Nguyễn Văn Đức');
    expect(typed.split(' ')).toHaveLength(3);
  });

  it('combines noise: no diacritics, no middle name, given name first', () => {
    const fields = applyNoise(createRandom(2), TARGET, [
      'missing_middle_name',
      'given_name_first',
      'no_diacritics',
    ]);
    expect(fields.fullName).toBe('Duc Nguyen');
  });
});

describe('drawNoise', () => {
  it('draws each kind sometimes, never nothing, and only what applies', () => {
    const seen = new Set<NoiseKind>();
    for (let seed = 0; seed < 2000; seed += 1) {
      const noise = drawNoise(createRandom(seed), TARGET);
      expect(noise.length).toBeGreaterThan(0);
      for (const kind of noise) {
        seen.add(kind);
      }
      if (noise.includes('alias_as_name')) {
        expect(noise).not.toContain('typo');
        expect(noise).not.toContain('given_name_first');
      }
    }
    expect([...seen].sort()).toEqual([...NOISE_KINDS].sort());
    const plain: NoiseTarget = {
      name: { surname: 'Lê', middle: [], given: 'An' },
      aliases: [],
      birthDate: '1990',
    };
    for (let seed = 0; seed < 500; seed += 1) {
      const noise = drawNoise(createRandom(seed), plain);
      expect(noise.length).toBeGreaterThan(0);
      for (const kind of ['alias_as_name', 'missing_middle_name', 'year_only', 'missing_id_number']) {
        expect(noise).not.toContain(kind);
      }
    }
  });

  it('keeps a noisy name recognisable once folded: same tokens unless a typo or a nickname was applied', () => {
    for (let seed = 0; seed < 500; seed += 1) {
      const random = createRandom(seed);
      const noise = drawNoise(random, TARGET).filter((kind) => kind !== 'typo' && kind !== 'alias_as_name');
      const { fullName } = applyNoise(random, TARGET, noise);
      const tokens = new Set(foldVietnamese(fullName).split(' '));
      expect(tokens.has('nguyen') && tokens.has('duc')).toBe(true);
    }
  });
});
