// The 12-digit personal identification number printed on the citizen identity card (CCCD, now "thẻ căn cước"),
// structured by Circular 07/2016/TT-BCA (kept by Circular 59/2021/TT-BCA): province of birth registration (3),
// century and sex (1), last two digits of the birth year (2), a random sequence (6). There is no check digit.

export type Sex = 'male' | 'female';

/**
 * Province codes of birth registration (annex 1 of Circular 07/2016/TT-BCA): the 63 pre-2025 provinces'
 * administrative codes padded to 3 digits. A legal fact, not reference data, so it lives here as a constant;
 * the 34 provinces after 2025-07-01 kept codes from this list, and existing numbers never change.
 */
export const BIRTH_REGISTRATION_PROVINCE_CODES: ReadonlySet<string> = new Set(
  // biome-ignore format: rows of sixteen codes read better than one code per line
  [
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
  ],
);

const CITIZEN_ID_LENGTH = 12;

export type CitizenId = {
  ok: true;
  number: string;
  provinceCode: string;
  sex: Sex;
  birthYear: number;
};

export type CitizenIdIssue = 'length' | 'not_digits' | 'unknown_province';

export type CitizenIdResult = CitizenId | { ok: false; reason: CitizenIdIssue };

/**
 * Decodes the fourth digit: even is male, odd is female; 0/1 the 1900s, 2/3 the 2000s, 4/5 the 2100s,
 * 6/7 the 2200s and 8/9 the 2300s (the circular's "century 24", which some tools wrongly read as the 1800s).
 */
const decodeCenturyAndSex = (digit: number): { century: number; sex: Sex } => ({
  century: 1900 + Math.floor(digit / 2) * 100,
  sex: digit % 2 === 0 ? 'male' : 'female',
});

/**
 * Parses an already normalised CCCD number (see `normalizeDocumentNumber`) into what its structure says:
 * province of birth registration, sex and birth year. Checks structure only; it cannot prove the number was issued.
 */
export const parseCitizenId = (number: string): CitizenIdResult => {
  if (!/^\d*$/.test(number)) {
    return { ok: false, reason: 'not_digits' };
  }
  if (number.length !== CITIZEN_ID_LENGTH) {
    return { ok: false, reason: 'length' };
  }
  const provinceCode = number.slice(0, 3);
  if (!BIRTH_REGISTRATION_PROVINCE_CODES.has(provinceCode)) {
    return { ok: false, reason: 'unknown_province' };
  }
  const { century, sex } = decodeCenturyAndSex(Number(number[3]));
  return { ok: true, number, provinceCode, sex, birthYear: century + Number(number.slice(4, 6)) };
};

export type CitizenIdDisagreement = 'sex_differs' | 'birth_year_differs' | 'birth_year_in_future';

/**
 * Lists where a decoded CCCD contradicts what a person record says (sex, birth year, today's year), so that a
 * mistyped number or a number attached to the wrong person is caught at entry; an empty list means no contradiction.
 */
export const listCitizenIdDisagreements = (
  citizenId: CitizenId,
  person: { sex?: Sex; birthYear?: number; currentYear: number },
): CitizenIdDisagreement[] => {
  const disagreements: CitizenIdDisagreement[] = [];
  if (person.sex !== undefined && person.sex !== citizenId.sex) {
    disagreements.push('sex_differs');
  }
  if (person.birthYear !== undefined && person.birthYear !== citizenId.birthYear) {
    disagreements.push('birth_year_differs');
  }
  if (citizenId.birthYear > person.currentYear) {
    disagreements.push('birth_year_in_future');
  }
  return disagreements;
};
