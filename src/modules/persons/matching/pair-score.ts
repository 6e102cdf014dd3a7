import { compareNames } from '../identity/name-similarity.ts';
import { isPartialDateConsistent, type PartialDate } from '../identity/partial-date.ts';
import { splitPersonName } from '../identity/person-name.ts';
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

/**
 * Scores in [0, 1] whether two records name the same person: a shared identity number settles it (a different
 * one of the same kind nearly rules it out); otherwise the name comparison, raised by an agreeing birth date and
 * lowered by a disagreeing birth date or sex. Pure: the same pair always scores the same.
 */
export const scorePair = (a: MatchablePerson, b: MatchablePerson): PairScore => {
  const name = compareNames(splitPersonName(a.fullName), splitPersonName(b.fullName), {
    aliasesOfB: b.aliases.map((alias) => splitPersonName(alias)),
  });
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
  let score = name.score;
  if (sharedId) score = Math.max(score, 0.99);
  else if (idNumber === 'disagrees') score *= 0.5;
  if (birthDate === 'agrees') score = Math.min(1, score + 0.08);
  if (birthDate === 'disagrees') score *= 0.55;
  if (sex === 'disagrees') score *= 0.3;
  const surname = splitPersonName(a.fullName).folded.surname;
  return {
    score: Math.round(score * 1000) / 1000,
    explanation: { name, birthDate, sex, idNumber, province, surnameShare: findSurnameShare(surname) },
  };
};
