import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listCitizenIdDisagreements, parseCitizenId } from '../identity/citizen-id.ts';
import { PERSON_ROLES } from '../persons.tables.ts';
import {
  DEFAULT_AGENCIES,
  formatExternalRef,
  formatImportLine,
  formatLabelRow,
  type GeneratedRecord,
  type GenerateOptions,
  generateRecords,
} from './generate-records.ts';
import { NOISE_KINDS } from './record-noise.ts';

const CURRENT_PROVINCES =
  `01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86
  91 92 96`.split(/\s+/);

/** The import line contract (docs/generate-persons.md), strict: no other key may appear in an agency's file. */
const ImportLine = z.strictObject({
  externalRef: z.string().regex(/^[A-Z0-9-]+-\d{6,}$/),
  fullName: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  sex: z.enum(['male', 'female']),
  birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  idNumber: z
    .string()
    .regex(/^(\d{12}|\d{9})$/)
    .optional(),
  provinceCode: z.enum(CURRENT_PROVINCES),
  roles: z.array(z.enum(PERSON_ROLES)).min(1),
});

const OPTIONS: GenerateOptions = { count: 5000, seed: 7, agencies: DEFAULT_AGENCIES, duplicateRate: 0.1 };

const collect = (options: GenerateOptions): GeneratedRecord[][] => [...generateRecords(options)];
const render = (options: GenerateOptions, withTruth = false): string =>
  collect(options)
    .flat()
    .map((record) => formatImportLine(record, withTruth))
    .join('\n');

const persons = collect(OPTIONS);
const records = persons.flat();

describe('generateRecords', () => {
  it('is deterministic: the same options give byte-identical output, another seed another', () => {
    expect(render(OPTIONS, true)).toBe(render(OPTIONS, true));
    expect(render({ ...OPTIONS, seed: 8 })).not.toBe(render(OPTIONS));
  });

  it('gives the same first persons whatever the count', () => {
    expect(render({ ...OPTIONS, count: 300 })).toBe(
      collect(OPTIONS)
        .slice(0, 300)
        .flat()
        .map((record) => formatImportLine(record, false))
        .join('\n'),
    );
  });

  it('writes lines that parse as JSON with exactly the contract’s fields', () => {
    for (const record of records) {
      const parsed = ImportLine.safeParse(JSON.parse(formatImportLine(record, false)));
      expect(parsed.error?.issues, formatImportLine(record, false)).toBeUndefined();
    }
  });

  it('adds _agency, _person and a duplicate’s _noise on the single stream', () => {
    const duplicate = persons.find((records) => records.length > 1)?.[1];
    if (duplicate === undefined) {
      throw new Error('no duplicate generated');
    }
    const line = JSON.parse(formatImportLine(duplicate, true));
    expect(line).toMatchObject({ _agency: duplicate.agencyCode, _person: duplicate.personKey });
    expect(line._noise.length).toBeGreaterThan(0);
    expect(NOISE_KINDS).toEqual(expect.arrayContaining(line._noise));
  });

  it('gives CCCD numbers consistent with the record’s sex and birth year', () => {
    const problems = records
      .filter((record) => record.line.idNumber?.length === 12)
      .flatMap(({ line }) => {
        const parsed = parseCitizenId(line.idNumber ?? '');
        if (!parsed.ok) {
          return [`${line.idNumber}: ${parsed.reason}`];
        }
        const birthYear = Number(line.birthDate.slice(0, 4));
        return listCitizenIdDisagreements(parsed, { sex: line.sex, birthYear, currentYear: 2025 });
      });
    expect(problems).toEqual([]);
  });

  it('records about duplicate-rate of persons again, 2 or 3 records each, by distinct forces', () => {
    const duplicated = persons.filter((records) => records.length > 1);
    expect(duplicated.length / persons.length).toBeCloseTo(0.1, 1);
    expect(duplicated.some((records) => records.length === 3)).toBe(true);
    for (const records of persons) {
      expect(records.length).toBeLessThanOrEqual(3);
      expect(new Set(records.map((record) => record.agencyCode)).size).toBe(records.length);
      expect(new Set(records.map((record) => record.personKey)).size).toBe(1);
      const [first, ...others] = records;
      expect(first?.noise).toEqual([]);
      for (const other of others) {
        expect(other.noise.length).toBeGreaterThan(0);
        expect(other.line).toMatchObject({ sex: first?.line.sex, provinceCode: first?.line.provinceCode });
        if (other.line.idNumber !== undefined) {
          expect(other.line.idNumber).toBe(first?.line.idNumber);
        }
      }
    }
  });

  it('numbers each force’s records in order and labels each with its person', () => {
    for (const agency of DEFAULT_AGENCIES) {
      const refs = records
        .filter((record) => record.agencyCode === agency)
        .map((record) => record.line.externalRef);
      expect(refs).toEqual(refs.map((_, i) => formatExternalRef(agency, i + 1)));
    }
    expect(persons.map((records) => records[0]?.personKey).slice(0, 2)).toEqual(['P0000001', 'P0000002']);
    expect(formatLabelRow(records[0] as GeneratedRecord)).toBe(
      `${records[0]?.agencyCode},${records[0]?.line.externalRef},P0000001`,
    );
  });

  it.each([
    ['CA-HNI', 1, 'HNI-000001'],
    ['CA-HYN', 123, 'HYN-000123'],
    ['LA-XEKONG', 5, 'LA-XEKONG-000005'],
    ['CA-HNI', 1_234_567, 'HNI-1234567'],
  ])('formats %s record %i as %s', (agency, n, expected) => {
    expect(formatExternalRef(agency, n)).toBe(expected);
  });

  it('makes no duplicates with one agency or a rate of 0', () => {
    expect(collect({ ...OPTIONS, count: 500, agencies: ['CA-HNI'] }).every((r) => r.length === 1)).toBe(true);
    expect(collect({ ...OPTIONS, count: 500, duplicateRate: 0 }).every((r) => r.length === 1)).toBe(true);
  });
});
