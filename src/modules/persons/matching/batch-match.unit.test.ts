import { describe, expect, it } from 'vitest';
import { scorePairwise } from '../../../../bench/persons/metrics.ts';
import { type GeneratedRecord, generateRecords } from '../generate/index.ts';
import { identityDocumentOf } from '../import/person-import-line.ts';
import { type BatchRecord, findPossibleMatches } from './batch-match.ts';
import { preparePerson } from './pair-score.ts';

/** A generated record as the database would hold it after an import: the parts the matcher reads. */
const toBatchRecord = ({ agencyCode, line }: GeneratedRecord): BatchRecord => {
  const [year, month, day] = line.birthDate.split('-').map(Number);
  return preparePerson({
    id: `${agencyCode}/${line.externalRef}`,
    ownerAgencyId: agencyCode,
    fullName: line.fullName,
    aliases: line.aliases,
    sex: line.sex,
    birthYear: year ?? null,
    birthMonth: month ?? null,
    birthDay: day ?? null,
    idNumbers: line.idNumber === undefined ? [] : [identityDocumentOf(line.idNumber).number],
    provinceCode: line.provinceCode,
  });
};

const generated = [
  ...generateRecords({
    count: 2_000,
    seed: 11,
    agencies: ['CA-HNI', 'CA-HYN', 'CA-LCU'],
    duplicateRate: 0.2,
  }),
].flat();
const records = generated.map(toBatchRecord);
const personOf = new Map(generated.map((g) => [`${g.agencyCode}/${g.line.externalRef}`, g.personKey]));
const asIds = (pairs: { a: number; b: number }[]) =>
  pairs.map(({ a, b }) => [records[a]?.id ?? '', records[b]?.id ?? ''] as const);

describe('matching a whole generated set in one batch', () => {
  const { pairs, stats } = findPossibleMatches(records);

  it('finds the labelled duplicates with high precision and recall', () => {
    const scores = scorePairwise(asIds(pairs), personOf);
    expect(scores.truePairs).toBeGreaterThan(300);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(stats.scoredPairs).toBeLessThan(records.length * 20);
  });

  it('never pairs two records of one agency, and never a pair twice', () => {
    expect(pairs.every(({ a, b }) => records[a]?.ownerAgencyId !== records[b]?.ownerAgencyId)).toBe(true);
    expect(new Set(pairs.map(({ a, b }) => `${a}|${b}`)).size).toBe(pairs.length);
  });

  it('gives the same pairs in the same order on the same records', () => {
    expect(findPossibleMatches(records).pairs).toEqual(pairs);
  });

  it('keeps only pairs with a record of the agency asked for, that record first', () => {
    const own = findPossibleMatches(records, { agencyId: 'CA-LCU' }).pairs;
    expect(own.length).toBeGreaterThan(0);
    expect(
      own.every(
        ({ a, b }) => records[a]?.ownerAgencyId === 'CA-LCU' && records[b]?.ownerAgencyId !== 'CA-LCU',
      ),
    ).toBe(true);
    const expected = pairs.filter(({ a, b }) => [a, b].some((i) => records[i]?.ownerAgencyId === 'CA-LCU'));
    expect(own).toHaveLength(expected.length);
  });
});
