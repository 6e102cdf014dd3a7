// Persons as the forces recorded them: each person once by the force that knows them best, and for some persons
// again by one or two other forces, with noise. Lazy: one person's records at a time, so a million persons stream.
import { formatPartialDate } from '../identity/partial-date.ts';
import type { PersonRole } from '../persons.tables.ts';
import { type GeneratedPerson, type GeneratedSex, generatePerson } from './generate-person.ts';
import { createRandom, drawOne, isDrawn, type Random } from './random.ts';
import { applyNoise, drawNoise, formatSurnameFirst, type NoiseKind } from './record-noise.ts';

/** One line of a persons import file, as `giapranh import persons` reads it. */
export type ImportLine = {
  externalRef: string;
  fullName: string;
  aliases: string[];
  sex: GeneratedSex;
  birthDate: string;
  idNumber?: string;
  provinceCode: string;
  roles: PersonRole[];
};

/** A record with the truth about it: which force holds it, whose it is, and the noise it was given. */
export type GeneratedRecord = {
  agencyCode: string;
  personKey: string;
  line: ImportLine;
  noise: NoiseKind[];
};

export type GenerateOptions = {
  /** Distinct persons; records are these plus their duplicates. */
  count: number;
  seed: number;
  agencies: readonly string[];
  /** Share of persons recorded again by other forces (1 or 2 more records each). */
  duplicateRate: number;
};

/** A handful of the demo's forces: Hưng Yên, Hà Nội, Lai Châu, Đà Nẵng, Hồ Chí Minh City, An Giang. */
export const DEFAULT_AGENCIES: readonly string[] = [
  'CA-HYN',
  'CA-HNI',
  'CA-LCU',
  'CA-DNG',
  'CA-HCM',
  'CA-AGG',
];
export const DEFAULT_DUPLICATE_RATE = 0.1;

/** Of the persons with duplicates, the share recorded three times rather than twice. */
const THIRD_RECORD_SHARE = 0.25;

/** The random stream reserved for seed-wide draws; person streams are their 0-based index. */
const SEED_STREAM = 0xffffffff;

/** The external reference of a force's n-th record (1-based): CA-HNI's 123rd is HNI-000123. */
export const formatExternalRef = (agencyCode: string, n: number): string =>
  `${agencyCode.replace(/^CA-/, '')}-${String(n).padStart(6, '0')}`;

/** A birth date as one force recorded it: mostly the full day, sometimes only the month or the year. */
const drawRecordedBirthDate = (random: Random, person: GeneratedPerson): string => {
  const { year, month, day } = person.birthDay;
  const precision = random();
  if (precision < 0.15) {
    return formatPartialDate({ year });
  }
  return formatPartialDate(precision < 0.2 ? { year, month } : { year, month, day });
};

const drawOtherAgencies = (random: Random, agencies: readonly string[], first: string): string[] => {
  const others = agencies.filter((code) => code !== first);
  const wanted = others.length >= 2 && isDrawn(random, THIRD_RECORD_SHARE) ? 2 : 1;
  const chosen: string[] = [];
  while (chosen.length < wanted) {
    const code = drawOne(random, others);
    if (!chosen.includes(code)) {
      chosen.push(code);
    }
  }
  return chosen;
};

const buildLine = (person: GeneratedPerson, fields: Omit<ImportLine, 'sex' | 'provinceCode' | 'roles'>) => ({
  externalRef: fields.externalRef,
  fullName: fields.fullName,
  aliases: fields.aliases,
  sex: person.sex,
  birthDate: fields.birthDate,
  ...(fields.idNumber === undefined ? {} : { idNumber: fields.idNumber }),
  provinceCode: person.provinceCode,
  roles: person.roles,
});

/**
 * Yields, person by person, the records of `count` invented persons: the first by a force drawn among `agencies`,
 * then for about `duplicateRate` of them one or two noisy records by other forces. The same options always yield
 * the same records, and the first n persons of a larger count are the same n persons.
 */
export function* generateRecords(options: GenerateOptions): Generator<GeneratedRecord[]> {
  const counters = new Map(options.agencies.map((code) => [code, 0]));
  const nextRef = (code: string): string => {
    const n = (counters.get(code) ?? 0) + 1;
    counters.set(code, n);
    return formatExternalRef(code, n);
  };
  const idOffset = Math.floor(createRandom(options.seed, SEED_STREAM)() * 1_000_000);
  const canDuplicate = options.agencies.length >= 2 && options.duplicateRate > 0;
  for (let index = 0; index < options.count; index += 1) {
    const random = createRandom(options.seed, index);
    const agencyCode = drawOne(random, options.agencies);
    const person = generatePerson({ random, index, agencyCode, idOffset });
    const first: GeneratedRecord = {
      agencyCode,
      personKey: person.personKey,
      noise: [],
      line: buildLine(person, {
        externalRef: nextRef(agencyCode),
        fullName: formatSurnameFirst(person.name),
        aliases: person.aliases,
        birthDate: drawRecordedBirthDate(random, person),
        ...(person.idNumber === undefined ? {} : { idNumber: person.idNumber }),
      }),
    };
    const records = [first];
    if (canDuplicate && isDrawn(random, options.duplicateRate)) {
      for (const other of drawOtherAgencies(random, options.agencies, agencyCode)) {
        const target = {
          name: person.name,
          aliases: person.aliases,
          birthDate: drawRecordedBirthDate(random, person),
          ...(person.idNumber === undefined ? {} : { idNumber: person.idNumber }),
        };
        const noise = drawNoise(random, target);
        const fields = applyNoise(random, target, noise);
        const line = buildLine(person, { externalRef: nextRef(other), ...fields });
        records.push({ agencyCode: other, personKey: person.personKey, noise, line });
      }
    }
    yield records;
  }
}

/**
 * One line of an agency's import file; with `withTruth`, for the single stream on standard output, also the
 * force (`_agency`), the person (`_person`) and a duplicate's noise (`_noise`), which the importer ignores.
 */
export const formatImportLine = (record: GeneratedRecord, withTruth: boolean): string => {
  if (!withTruth) {
    return JSON.stringify(record.line);
  }
  return JSON.stringify({
    ...record.line,
    _agency: record.agencyCode,
    _person: record.personKey,
    ...(record.noise.length > 0 ? { _noise: record.noise } : {}),
  });
};

export const LABELS_HEADER = 'agencyCode,externalRef,personKey';

/** One row of labels.csv: which person a force's record is (no field ever holds a comma or a quote). */
export const formatLabelRow = (record: GeneratedRecord): string =>
  `${record.agencyCode},${record.line.externalRef},${record.personKey}`;
