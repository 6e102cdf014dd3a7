// One invented person as a force would know them: name drawn from frequency tables, sex, birth date, where they live
// and were born, an identity number consistent with all of it, nicknames and a role.
import { type CalendarDay, spanPartialDate } from '../identity/partial-date.ts';
import type { PersonRole } from '../persons.tables.ts';
import { MINORITY_NAMES, MINORITY_SHARES } from './minority-names.ts';
import { KINH_NAME_PARTS, type Region, SECOND_MIDDLE_NAMES, SURNAMES } from './name-tables.ts';
import { drawNicknames } from './nicknames.ts';
import {
  AGENCY_PROVINCES,
  BIRTH_CODES_BY_PROVINCE,
  DEFAULT_MIGRANT_SHARE,
  MIGRANT_SHARES,
  OWN_PROVINCE_SHARE,
  PROVINCES_BY_CODE,
  PROVINCES_BY_POPULATION,
  type Province,
} from './province-tables.ts';
import {
  createWeightedList,
  drawInteger,
  drawWeighted,
  isDrawn,
  type Random,
  type WeightedList,
} from './random.ts';

export type GeneratedSex = 'male' | 'female';

/** A name in its parts, surname first as Vietnamese writes it. */
export type NameParts = { surname: string; middle: string[]; given: string };

export type GeneratedPerson = {
  /** Stable across runs of the same seed: P0000001 for the first person. */
  personKey: string;
  name: NameParts;
  aliases: string[];
  sex: GeneratedSex;
  birthDay: CalendarDay;
  /** Current province (2-digit code of the structure in force since 2025-07-01). */
  provinceCode: string;
  region: Region;
  /** Province of birth registration (3-digit code, as a CCCD number starts). */
  birthProvinceCode: string;
  /** A 12-digit CCCD, a 9-digit old CMND, or nothing known. */
  idNumber?: string;
  roles: PersonRole[];
};

const FIRST_BIRTH_YEAR = 1955;
const LAST_BIRTH_YEAR = 2008;
const MALE_SHARE = 0.85;

/** Birth years 1955–2008, most of them 1980–2000 as among drug-crime suspects; approximate. */
const BIRTH_YEARS: WeightedList<number> = createWeightedList(
  Array.from({ length: LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1 }, (_, offset): [number, number] => {
    const year = FIRST_BIRTH_YEAR + offset;
    const weight = year < 1970 ? 1 : year < 1980 ? 3 : year <= 2000 ? 6 : 2;
    return [year, weight];
  }),
);

const ROLES: WeightedList<PersonRole> = createWeightedList<PersonRole>([
  ['suspect', 0.55],
  ['offender', 0.2],
  ['drug_dependent_managed', 0.1],
  ['associate', 0.1],
  ['wanted', 0.05],
]);

const NO_MIDDLE_NAME_SHARE = 0.03;
const SECOND_MIDDLE_NAME_SHARE = 0.08;

/** Draws from `list` until the value differs from those given (a few tries), so "Minh Minh" stays rare. */
const drawOther = (random: Random, list: WeightedList<string>, taken: readonly string[]): string => {
  let value = drawWeighted(random, list);
  for (let tries = 0; tries < 3 && taken.includes(value); tries += 1) {
    value = drawWeighted(random, list);
  }
  return value;
};

const drawName = (random: Random, sex: GeneratedSex, province: Province): NameParts => {
  const minority = MINORITY_SHARES.get(province.code);
  if (minority !== undefined && isDrawn(random, minority.share)) {
    const names = MINORITY_NAMES[drawWeighted(random, minority.groups)];
    const middle = drawWeighted(random, names.middle[sex]);
    return {
      surname: drawWeighted(random, names.surnames),
      middle: [middle],
      given: drawOther(random, names.given[sex], [middle]),
    };
  }
  const surname = drawWeighted(random, SURNAMES[province.region]);
  const middle: string[] = [];
  if (!isDrawn(random, NO_MIDDLE_NAME_SHARE)) {
    middle.push(drawWeighted(random, KINH_NAME_PARTS[sex].middle));
    if (isDrawn(random, SECOND_MIDDLE_NAME_SHARE)) {
      middle.push(drawOther(random, SECOND_MIDDLE_NAMES[sex], middle));
    }
  }
  return { surname, middle, given: drawOther(random, KINH_NAME_PARTS[sex].given, middle) };
};

const drawBirthDay = (random: Random): CalendarDay => {
  const year = drawWeighted(random, BIRTH_YEARS);
  const month = drawInteger(random, 1, 12);
  const lastDay = spanPartialDate({ year, month }).last.day;
  return { year, month, day: drawInteger(random, 1, lastDay) };
};

/** Where a person lives: mostly the recording force's own province, otherwise anywhere by population. */
const drawProvince = (random: Random, agencyCode: string): Province => {
  const own = PROVINCES_BY_CODE.get(AGENCY_PROVINCES.get(agencyCode) ?? '');
  return own !== undefined && isDrawn(random, OWN_PROVINCE_SHARE)
    ? own
    : drawWeighted(random, PROVINCES_BY_POPULATION);
};

const drawBirthProvinceCode = (random: Random, province: Province): string => {
  const migrant = isDrawn(random, MIGRANT_SHARES.get(province.code) ?? DEFAULT_MIGRANT_SHARE);
  const birthProvince = migrant ? drawWeighted(random, PROVINCES_BY_POPULATION) : province;
  const codes = BIRTH_CODES_BY_PROVINCE.get(birthProvince.code);
  return codes === undefined ? '001' : drawWeighted(random, codes);
};

/**
 * Identity numbers come from an affine permutation of the person's index (multiplier prime to the modulus, the
 * product kept under 2^53), so that no two of the first million persons share a CCCD serial and no two of the first
 * 380 million a CMND number. Old 9-digit CMND numbers start with a regional prefix 01–38; which prefix belonged to
 * which province is not modelled.
 */
const CCCD_SERIALS = 1_000_000;
const CCCD_MULTIPLIER = 738_217;
const CMND_PREFIXES = 38;
const CMND_NUMBERS = CMND_PREFIXES * 10_000_000;
const CMND_MULTIPLIER = 12_345_679;

const permuteIndex = (index: number, multiplier: number, offset: number, modulus: number): number =>
  ((((index % modulus) * multiplier) % modulus) + offset) % modulus;

/** A 9-digit old CMND number: prefix 01–38, then seven digits. */
const formatCmndNumber = (n: number): string =>
  `${String(1 + Math.floor(n / 10_000_000)).padStart(2, '0')}${String(n % 10_000_000).padStart(7, '0')}`;

/** The 12-digit CCCD of a person: birth-registration province, century and sex, birth year, serial. */
export const formatCitizenIdNumber = (input: {
  birthProvinceCode: string;
  sex: GeneratedSex;
  birthYear: number;
  serial: number;
}): string => {
  const centuryAndSex = (input.birthYear >= 2000 ? 2 : 0) + (input.sex === 'female' ? 1 : 0);
  const year = String(input.birthYear % 100).padStart(2, '0');
  return `${input.birthProvinceCode}${centuryAndSex}${year}${String(input.serial).padStart(6, '0')}`;
};

const drawIdNumber = (
  random: Random,
  input: { index: number; offset: number; birthProvinceCode: string; sex: GeneratedSex; birthYear: number },
): string | undefined => {
  const draw = random();
  const hadCmnd = input.birthYear <= 2000;
  if (draw < 0.15) {
    return undefined;
  }
  if (hadCmnd && draw < 0.28) {
    return formatCmndNumber(permuteIndex(input.index, CMND_MULTIPLIER, input.offset, CMND_NUMBERS));
  }
  const serial = permuteIndex(input.index, CCCD_MULTIPLIER, input.offset, CCCD_SERIALS);
  return formatCitizenIdNumber({ ...input, serial });
};

/** The person key of the n-th person (0-based): P0000001 for the first. */
export const formatPersonKey = (index: number): string => `P${String(index + 1).padStart(7, '0')}`;

/**
 * Generates the person with this index, first recorded by `agencyCode`; all draws come from `random`, and
 * `idOffset` (derived from the seed) shifts the identity-number serials so that seeds do not share numbers.
 */
export const generatePerson = (input: {
  random: Random;
  index: number;
  agencyCode: string;
  idOffset: number;
}): GeneratedPerson => {
  const { random, index } = input;
  const sex: GeneratedSex = isDrawn(random, MALE_SHARE) ? 'male' : 'female';
  const province = drawProvince(random, input.agencyCode);
  const name = drawName(random, sex, province);
  const birthDay = drawBirthDay(random);
  const birthProvinceCode = drawBirthProvinceCode(random, province);
  const idNumber = drawIdNumber(random, {
    index,
    offset: input.idOffset,
    birthProvinceCode,
    sex,
    birthYear: birthDay.year,
  });
  return {
    personKey: formatPersonKey(index),
    name,
    aliases: drawNicknames(random, { given: name.given, sex, region: province.region }),
    sex,
    birthDay,
    provinceCode: province.code,
    region: province.region,
    birthProvinceCode,
    ...(idNumber === undefined ? {} : { idNumber }),
    roles: [drawWeighted(random, ROLES)],
  };
};
