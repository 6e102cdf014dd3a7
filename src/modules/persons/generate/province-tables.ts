// Provinces for the person generator: the 34 provinces of the current structure (from 2025-07-01) weighted by
// population, each with the pre-2025 provinces it was formed from (Resolution 202/2025/QH15), whose codes are the
// birth-registration codes a CCCD number starts with. Populations are rounded 2024 estimates, in millions.
import type { Region } from './name-tables.ts';
import { createWeightedList, type WeightedList } from './random.ts';

export type Province = {
  code: string;
  name: string;
  population: number;
  region: Region;
  /** The pre-2025 provinces it was formed from, as `[3-digit birth-registration code, population]`. */
  formedFrom: readonly (readonly [string, number])[];
};

const province = (
  code: string,
  name: string,
  region: Region,
  formedFrom: readonly (readonly [string, number])[],
): Province => ({
  code,
  name,
  region,
  formedFrom,
  population: formedFrom.reduce((sum, [, population]) => sum + population, 0),
});

export const PROVINCES: readonly Province[] = [
  province('01', 'Hà Nội', 'north', [['001', 8.7]]),
  province('04', 'Cao Bằng', 'north', [['004', 0.55]]),
  province('08', 'Tuyên Quang', 'north', [
    ['008', 0.8],
    ['002', 0.9],
  ]),
  province('11', 'Điện Biên', 'north', [['011', 0.64]]),
  province('12', 'Lai Châu', 'north', [['012', 0.48]]),
  province('14', 'Sơn La', 'north', [['014', 1.3]]),
  province('15', 'Lào Cai', 'north', [
    ['010', 0.77],
    ['015', 0.85],
  ]),
  province('19', 'Thái Nguyên', 'north', [
    ['019', 1.33],
    ['006', 0.32],
  ]),
  province('20', 'Lạng Sơn', 'north', [['020', 0.8]]),
  province('22', 'Quảng Ninh', 'north', [['022', 1.4]]),
  province('24', 'Bắc Ninh', 'north', [
    ['027', 1.5],
    ['024', 1.9],
  ]),
  province('25', 'Phú Thọ', 'north', [
    ['025', 1.5],
    ['026', 1.2],
    ['017', 0.87],
  ]),
  province('31', 'Hải Phòng', 'north', [
    ['031', 2.1],
    ['030', 1.95],
  ]),
  province('33', 'Hưng Yên', 'north', [
    ['033', 1.3],
    ['034', 1.9],
  ]),
  province('37', 'Ninh Bình', 'north', [
    ['037', 1.0],
    ['035', 0.88],
    ['036', 1.9],
  ]),
  province('38', 'Thanh Hoá', 'north', [['038', 3.7]]),
  province('40', 'Nghệ An', 'north', [['040', 3.5]]),
  province('42', 'Hà Tĩnh', 'north', [['042', 1.3]]),
  province('44', 'Quảng Trị', 'centre', [
    ['044', 0.92],
    ['045', 0.66],
  ]),
  province('46', 'Huế', 'centre', [['046', 1.2]]),
  province('48', 'Đà Nẵng', 'centre', [
    ['048', 1.25],
    ['049', 1.5],
  ]),
  province('51', 'Quảng Ngãi', 'centre', [
    ['051', 1.25],
    ['062', 0.57],
  ]),
  province('52', 'Gia Lai', 'centre', [
    ['064', 1.6],
    ['052', 1.5],
  ]),
  province('56', 'Khánh Hoà', 'centre', [
    ['056', 1.25],
    ['058', 0.6],
  ]),
  province('66', 'Đắk Lắk', 'centre', [
    ['066', 1.9],
    ['054', 0.88],
  ]),
  province('68', 'Lâm Đồng', 'centre', [
    ['068', 1.3],
    ['067', 0.68],
    ['060', 1.25],
  ]),
  province('75', 'Đồng Nai', 'south', [
    ['075', 3.3],
    ['070', 1.0],
  ]),
  province('79', 'Hồ Chí Minh', 'south', [
    ['079', 9.5],
    ['074', 2.7],
    ['077', 1.2],
  ]),
  province('80', 'Tây Ninh', 'south', [
    ['072', 1.2],
    ['080', 1.7],
  ]),
  province('82', 'Đồng Tháp', 'south', [
    ['087', 1.6],
    ['082', 1.8],
  ]),
  province('86', 'Vĩnh Long', 'south', [
    ['086', 1.0],
    ['083', 1.3],
    ['084', 1.0],
  ]),
  province('91', 'An Giang', 'south', [
    ['089', 1.9],
    ['091', 1.75],
  ]),
  province('92', 'Cần Thơ', 'south', [
    ['092', 1.25],
    ['094', 1.2],
    ['093', 0.73],
  ]),
  province('96', 'Cà Mau', 'south', [
    ['096', 1.2],
    ['095', 0.92],
  ]),
];

export const PROVINCES_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** Provinces weighted by population: where a person lives when the recording force's own province is not used. */
export const PROVINCES_BY_POPULATION: WeightedList<Province> = createWeightedList(
  PROVINCES.map((p) => [p, p.population]),
);

/** Each province's birth-registration codes weighted by the pre-2025 provinces' populations. */
export const BIRTH_CODES_BY_PROVINCE: ReadonlyMap<string, WeightedList<string>> = new Map(
  PROVINCES.map((p) => [p.code, createWeightedList(p.formedFrom)]),
);

/** Share of a province's persons born (registered) in another province: more in the big cities. */
export const MIGRANT_SHARES: ReadonlyMap<string, number> = new Map([
  ['01', 0.3],
  ['79', 0.35],
  ['75', 0.3],
  ['48', 0.2],
]);
export const DEFAULT_MIGRANT_SHARE = 0.1;

/**
 * The current province of the demo's provincial forces (src/demo/demo-agencies.ts), so that most persons a force
 * records live in its own province. A force not listed (a foreign one, or a code made up for a test) records
 * persons from anywhere, weighted by population.
 */
export const AGENCY_PROVINCES: ReadonlyMap<string, string> = new Map([
  ['CA-HNI', '01'],
  ['CA-HYN', '33'],
  ['CA-LCU', '12'],
  ['CA-LCI', '15'],
  ['CA-PTO', '25'],
  ['CA-DBN', '11'],
  ['CA-SLA', '14'],
  ['CA-HCM', '79'],
  ['CA-DNI', '75'],
  ['CA-TNH', '80'],
  ['CA-DTP', '82'],
  ['CA-AGG', '91'],
  ['CA-CMU', '96'],
  ['CA-CTO', '92'],
  ['CA-DNG', '48'],
]);

/** Share of a force's persons who live in its own province; the rest come from anywhere. */
export const OWN_PROVINCE_SHARE = 0.7;
