import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../config.ts';
import {
  BIRTH_REGISTRATION_PROVINCE_CODES,
  listCitizenIdDisagreements,
  parseCitizenId,
} from '../identity/citizen-id.ts';
import { formatCitizenIdNumber, type GeneratedPerson, generatePerson } from './generate-person.ts';
import { MINORITY_NAMES } from './minority-names.ts';
import { PROVINCES, PROVINCES_BY_CODE } from './province-tables.ts';
import { createRandom } from './random.ts';

const generateMany = (count: number, agencyCode: string, seed = 11): GeneratedPerson[] =>
  Array.from({ length: count }, (_, index) =>
    generatePerson({ random: createRandom(seed, index), index, agencyCode, idOffset: 4321 }),
  );

const persons = generateMany(20_000, 'CA-HNI');
const share = (predicate: (person: GeneratedPerson) => boolean, among = persons) =>
  among.filter(predicate).length / among.length;

describe('formatCitizenIdNumber', () => {
  it.each([
    ['001', 'male', 1990, 12345, '001090012345'],
    ['033', 'female', 1985, 7, '033185000007'],
    ['079', 'male', 2003, 999999, '079203999999'],
    ['012', 'female', 2000, 1, '012300000001'],
  ] as const)('%s %s %i %i → %s', (birthProvinceCode, sex, birthYear, serial, expected) => {
    expect(formatCitizenIdNumber({ birthProvinceCode, sex, birthYear, serial })).toBe(expected);
  });
});

describe('generatePerson', () => {
  it('gives the same person for the same seed and index', () => {
    expect(generateMany(50, 'CA-HYN', 3)).toEqual(generateMany(50, 'CA-HYN', 3));
    expect(generateMany(50, 'CA-HYN', 3)).not.toEqual(generateMany(50, 'CA-HYN', 4));
  });

  it('gives CCCD numbers that agree with sex, birth year and a birth-registration province', () => {
    const withCccd = persons.filter((person) => person.idNumber?.length === 12);
    expect(withCccd.length).toBeGreaterThan(persons.length * 0.6);
    const problems = withCccd.flatMap((person) => {
      const parsed = parseCitizenId(person.idNumber ?? '');
      if (!parsed.ok) {
        return [`${person.idNumber}: ${parsed.reason}`];
      }
      const disagreements: string[] = listCitizenIdDisagreements(parsed, {
        sex: person.sex,
        birthYear: person.birthDay.year,
        currentYear: 2025,
      });
      if (parsed.provinceCode !== person.birthProvinceCode) {
        disagreements.push('birth_province_differs');
      }
      return disagreements.map((disagreement) => `${person.idNumber}: ${disagreement}`);
    });
    expect(problems).toEqual([]);
  });

  it('gives old 9-digit CMND numbers with a prefix 01–38 only to persons born by 2000, and none to some', () => {
    const withCmnd = persons.filter((person) => person.idNumber?.length === 9);
    expect(withCmnd.length).toBeGreaterThan(persons.length * 0.05);
    for (const person of withCmnd) {
      expect(person.idNumber).toMatch(/^(0[1-9]|[12]\d|3[0-8])\d{7}$/);
      expect(person.birthDay.year).toBeLessThanOrEqual(2000);
    }
    expect(share((person) => person.idNumber === undefined)).toBeCloseTo(0.15, 1);
  });

  it('never gives two persons the same identity number', () => {
    const numbers = persons.flatMap((person) => (person.idNumber ? [person.idNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('places persons in current provinces, mostly the recording force’s own, born mostly there too', () => {
    const misplaced = persons.filter(
      (person) =>
        !PROVINCES_BY_CODE.has(person.provinceCode) ||
        !BIRTH_REGISTRATION_PROVINCE_CODES.has(person.birthProvinceCode),
    );
    expect(misplaced).toEqual([]);
    expect(share((person) => person.provinceCode === '01')).toBeGreaterThan(0.7);
    const bornThere = (person: GeneratedPerson) =>
      (PROVINCES_BY_CODE.get(person.provinceCode)?.formedFrom ?? []).some(
        ([code]) => code === person.birthProvinceCode,
      );
    expect(share(bornThere)).toBeGreaterThan(0.65);
  });

  it('draws birth dates from 1955 to 2008, mostly 1980–2000, that exist', () => {
    const years = persons.map(({ birthDay }) => birthDay.year);
    expect(Math.min(...years)).toBe(1955);
    expect(Math.max(...years)).toBe(2008);
    const missing = persons.filter(({ birthDay }) => {
      const date = new Date(Date.UTC(birthDay.year, birthDay.month - 1, birthDay.day));
      return date.getUTCDate() !== birthDay.day;
    });
    expect(missing).toEqual([]);
    expect(share(({ birthDay }) => birthDay.year >= 1980 && birthDay.year <= 2000)).toBeGreaterThan(0.6);
  });

  it('draws names with realistic frequencies: Nguyễn often, Văn and Thị most middle names', () => {
    expect(share((person) => person.name.surname === 'Nguyễn')).toBeCloseTo(0.38, 1);
    const men = persons.filter((person) => person.sex === 'male');
    const women = persons.filter((person) => person.sex === 'female');
    expect(men.length / persons.length).toBeCloseTo(0.85, 1);
    expect(share((person) => person.name.middle[0] === 'Văn', men)).toBeGreaterThan(0.25);
    expect(share((person) => person.name.middle[0] === 'Thị', women)).toBeGreaterThan(0.4);
    expect(new Set(persons.map((person) => person.name.given)).size).toBeGreaterThan(200);
    for (const { name } of persons.slice(0, 2000)) {
      const written = [name.surname, ...name.middle, name.given].join(' ');
      expect(written.normalize('NFC')).toBe(written);
      expect(written).toMatch(/^\S+( \S+)+$/);
    }
  });

  it('gives about a fifth of persons nicknames, never twice the same', () => {
    expect(share((person) => person.aliases.length > 0)).toBeCloseTo(0.2, 1);
    for (const { aliases } of persons) {
      expect(new Set(aliases).size).toBe(aliases.length);
    }
  });

  it('gives ethnic-minority names in northern border provinces, not elsewhere', () => {
    // Surnames only minority persons bear here (Lý, Hoàng, Hà, Triệu ... are Kinh surnames too).
    const minorityOnly = new Set([
      'Giàng',
      'Sùng',
      'Thào',
      'Mùa',
      'Lò',
      'Quàng',
      'Cầm',
      'Lường',
      'Tẩn',
      'Chảo',
    ]);
    const hmongOrThai = new Set([
      ...MINORITY_NAMES.hmong.surnames.values,
      ...MINORITY_NAMES.thai.surnames.values,
    ]);
    const laiChau = generateMany(5000, 'CA-LCU').filter((person) => person.provinceCode === '12');
    expect(share((person) => hmongOrThai.has(person.name.surname), laiChau)).toBeGreaterThan(0.4);
    expect(laiChau.some((person) => person.name.middle[0] === 'A')).toBe(true);
    const hoChiMinh = generateMany(3000, 'CA-HCM').filter((person) => person.provinceCode === '79');
    expect(hoChiMinh.filter((person) => person.name.middle[0] === 'A')).toEqual([]);
    expect(hoChiMinh.filter((person) => minorityOnly.has(person.name.surname))).toEqual([]);
  });
});

describe('the province table', () => {
  it('has the 34 current provinces, formed from the 63 pre-2025 ones, each once', () => {
    expect(PROVINCES).toHaveLength(34);
    const birthCodes = PROVINCES.flatMap((province) => province.formedFrom.map(([code]) => code));
    expect(new Set(birthCodes)).toEqual(new Set(BIRTH_REGISTRATION_PROVINCE_CODES));
    expect(birthCodes).toHaveLength(63);
  });

  const mappingFile = join(readConfig().refDataDir, 'mapping-2025-old-to-new.json');
  it.skipIf(!existsSync(mappingFile))('follows the official mapping of old provinces to new', () => {
    const mapping = JSON.parse(readFileSync(mappingFile, 'utf8')) as {
      provinces: { old_code: string; new_code: string }[];
    };
    for (const { old_code: oldCode, new_code: newCode } of mapping.provinces) {
      const formedFrom = PROVINCES_BY_CODE.get(newCode)?.formedFrom.map(([code]) => code);
      expect(formedFrom, `${oldCode} → ${newCode}`).toContain(`0${oldCode}`);
    }
  });
});
