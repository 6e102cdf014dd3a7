import { compareNames } from '../identity/name-similarity.ts';
import { isPartialDateConsistent, type PartialDate } from '../identity/partial-date.ts';
import { type PersonName, splitPersonName } from '../identity/person-name.ts';
import { findSurnameShare } from '../identity/surname-frequency.ts';

/** What matching reads of a person record. */
export type MatchablePerson = {
  fullName: string;
  aliases: readonly string[];
  sex: 'male' | 'female' | 'unknown';
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  idNumbers: readonly string[];
  provinceCode: string | null;
};

/** A person with its names split once, so a batch that scores one record against many does not split it again. */
export type PreparedPerson = MatchablePerson & { name: PersonName; aliasNames: PersonName[] };

export type FieldVerdict = 'agrees' | 'disagrees' | 'unknown';

/** Why two records may be the same person: each field's verdict, the name comparison, and how rare the surname is. */
export type PairExplanation = {
  name: { score: number; reasons: string[] };
  birthDate: FieldVerdict;
  sex: FieldVerdict;
  idNumber: FieldVerdict;
  province: FieldVerdict;
  /** The share of the population with this surname (Nguyễn about 0.38): a common one says little. */
  surnameShare: number;
};

export type PairScore = { score: number; explanation: PairExplanation };

/** Pairs at or above this score become "possible same person" links for a person to confirm or reject. */
export const POSSIBLE_MATCH_THRESHOLD = 0.75;

const birthOf = (p: MatchablePerson): PartialDate | null =>
  p.birthYear === null
    ? null
    : {
        year: p.birthYear,
        ...(p.birthMonth === null ? {} : { month: p.birthMonth }),
        ...(p.birthDay === null ? {} : { day: p.birthDay }),
      };

const verdict = (known: boolean, agrees: boolean): FieldVerdict =>
  !known ? 'unknown' : agrees ? 'agrees' : 'disagrees';

/** Splits a person's name and aliases once for `scorePreparedPair`. */
export const preparePerson = <T extends MatchablePerson>(person: T): T & PreparedPerson => ({
  ...person,
  name: splitPersonName(person.fullName),
  aliasNames: person.aliases.map((alias) => splitPersonName(alias)),
});

type FieldVerdicts = Omit<PairExplanation, 'name' | 'surnameShare'> & { sharedId: boolean };

/** The verdicts on every field but the name: cheap, and enough to know when a pair cannot reach the threshold. */
const judgeFields = (a: MatchablePerson, b: MatchablePerson): FieldVerdicts => {
  const birthA = birthOf(a);
  const birthB = birthOf(b);
  const birthDate = verdict(
    birthA !== null && birthB !== null,
    birthA !== null && birthB !== null && isPartialDateConsistent(birthA, birthB),
  );
  const sex = verdict(a.sex !== 'unknown' && b.sex !== 'unknown', a.sex === b.sex);
  const sharedId = a.idNumbers.some((n) => b.idNumbers.includes(n));
  const idNumber = verdict(a.idNumbers.length > 0 && b.idNumbers.length > 0, sharedId);
  const province = verdict(
    a.provinceCode !== null && b.provinceCode !== null,
    a.provinceCode === b.provinceCode,
  );
  return { birthDate, sex, idNumber, province, sharedId };
};

/** The score of a name score under the field verdicts: the one rule of `scorePair`. */
const combine = (nameScore: number, fields: FieldVerdicts): number => {
  let score = nameScore;
  if (fields.sharedId) score = Math.max(score, 0.99);
  else if (fields.idNumber === 'disagrees') score *= 0.5;
  if (fields.birthDate === 'agrees') score = Math.min(1, score + 0.08);
  if (fields.birthDate === 'disagrees') score *= 0.55;
  if (fields.sex === 'disagrees') score *= 0.3;
  return Math.round(score * 1000) / 1000;
};

/**
 * Whether the pair could reach the threshold with the best possible name score: false means `scorePair` is surely
 * below it (a different identity number, a contradicting birth date or sex), so a batch skips the name comparison.
 */
export const canReachThreshold = (a: MatchablePerson, b: MatchablePerson): boolean =>
  combine(1, judgeFields(a, b)) >= POSSIBLE_MATCH_THRESHOLD;

/** `scorePair` for persons whose names are already split (`preparePerson`): the same rule, the same result. */
export const scorePreparedPair = (a: PreparedPerson, b: PreparedPerson): PairScore => {
  const name = compareNames(a.name, b.name, { aliasesOfB: b.aliasNames });
  const fields = judgeFields(a, b);
  const { sharedId: _settled, ...verdicts } = fields;
  return {
    score: combine(name.score, fields),
    explanation: { name, ...verdicts, surnameShare: findSurnameShare(a.name.folded.surname) },
  };
};

/**
 * Scores in [0, 1] whether two records name the same person: a shared identity number settles it (a different
 * one of the same kind nearly rules it out); otherwise the name comparison, raised by an agreeing birth date and
 * lowered by a disagreeing birth date or sex. Pure: the same pair always scores the same.
 */
export const scorePair = (a: MatchablePerson, b: MatchablePerson): PairScore =>
  scorePreparedPair(preparePerson(a), preparePerson(b));
