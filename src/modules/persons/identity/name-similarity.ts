// Typo-tolerant comparison of person names, for finding the same person across forces' records.
import { foldVietnamese } from '../../../text/vietnamese.ts';
import { formatPersonName, listFoldedTokens, type PersonName } from './person-name.ts';
import { MAX_SURNAME_INFORMATION, measureSurnameInformation, SURNAME_VARIANTS } from './surname-frequency.ts';

/**
 * Edit distance with adjacent transpositions (optimal string alignment) between two strings, by code point.
 * Stops as soon as the distance must exceed `max` and then returns `max + 1`, which keeps a search over many
 * candidates cheap. No installed library counts a transposition ("Duc"/"Dcu") as one edit, hence our own.
 */
export const computeEditDistance = (a: string, b: string, max = Number.POSITIVE_INFINITY): number => {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) {
    return max + 1;
  }
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) {
      return max + 1;
    }
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[t.length] ?? 0, max + 1);
};

/** Edit distance between two name tokens after folding, so "Đức" and "duc" are 0 apart and "Duc"/"Dcu" 1. */
export const measureTokenDistance = (a: string, b: string, max?: number): number =>
  computeEditDistance(foldVietnamese(a), foldVietnamese(b), max);

export const NAME_MATCH_REASONS = [
  'exact',
  'folded_equal',
  'order_swapped',
  'typo',
  'surname_variant',
  'missing_middle_name',
  'missing_surname',
  'surname_differs',
  'middle_differs',
  'given_differs',
  'alias',
] as const;
export type NameMatchReason = (typeof NAME_MATCH_REASONS)[number];

export type NameComparison = { score: number; reasons: NameMatchReason[] };

type Part = { similarity: number; reason?: NameMatchReason };

// Tokens of one or two letters ("Lê", "Lý", "Hà") are distinct names, not typos of each other.
const TYPO_MIN_LENGTH = 3;
const TYPO_SIMILARITY = 0.75;
const VARIANT_SIMILARITY = 0.85;
const MISSING_MIDDLE_SIMILARITY = 0.7;
const GIVEN_WEIGHT = 1;
const MIDDLE_WEIGHT = 0.5;
const FOLDED_ONLY_FACTOR = 0.97;
const ORDER_SWAPPED_FACTOR = 0.95;
const ALIAS_FACTOR = 0.95;

const isTypo = (a: string, b: string): boolean =>
  Math.min(a.length, b.length) >= TYPO_MIN_LENGTH && computeEditDistance(a, b, 1) <= 1;

const compareTokens = (a: string, b: string, differs: NameMatchReason): Part => {
  if (a === b) {
    return { similarity: 1 };
  }
  if (SURNAME_VARIANTS.get(a) === b) {
    return { similarity: VARIANT_SIMILARITY, reason: 'surname_variant' };
  }
  return isTypo(a, b) ? { similarity: TYPO_SIMILARITY, reason: 'typo' } : { similarity: 0, reason: differs };
};

const isSubsequence = (shorter: string[], longer: string[]): boolean => {
  let next = 0;
  for (const token of longer) {
    if (token === shorter[next]) {
      next += 1;
    }
  }
  return next === shorter.length;
};

const compareMiddles = (a: string[], b: string[]): Part => {
  if (a.length === b.length && a.every((token, i) => token === b[i])) {
    return { similarity: 1 };
  }
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < longer.length && isSubsequence(shorter, longer)) {
    return { similarity: MISSING_MIDDLE_SIMILARITY, reason: 'missing_middle_name' };
  }
  if (a.length === b.length && a.every((token, i) => isTypo(token, b[i] ?? ''))) {
    return { similarity: TYPO_SIMILARITY, reason: 'typo' };
  }
  return { similarity: 0, reason: 'middle_differs' };
};

/** Surname weight in [0.3, 1]: agreeing on Nguyễn says little, on a rare surname much. */
const weighSurname = (a: string, b: string): number => {
  const information = Math.max(measureSurnameInformation(a), measureSurnameInformation(b));
  return 0.3 + 0.7 * Math.min(1, information / MAX_SURNAME_INFORMATION);
};

const scoreParts = (a: PersonName, b: PersonName): NameComparison => {
  const surname: Part =
    a.folded.surname === '' || b.folded.surname === ''
      ? { similarity: 0.5, reason: 'missing_surname' }
      : compareTokens(a.folded.surname, b.folded.surname, 'surname_differs');
  const given = compareTokens(a.folded.given, b.folded.given, 'given_differs');
  const hasMiddles = a.folded.middle.length > 0 || b.folded.middle.length > 0;
  const middle = hasMiddles ? compareMiddles(a.folded.middle, b.folded.middle) : { similarity: 1 };
  const surnameWeight = weighSurname(a.folded.surname, b.folded.surname);
  const middleWeight = hasMiddles ? MIDDLE_WEIGHT : 0;
  const total = surnameWeight + GIVEN_WEIGHT + middleWeight;
  const weighted =
    surname.similarity * surnameWeight + given.similarity * GIVEN_WEIGHT + middle.similarity * middleWeight;
  const reasons = [surname.reason, middle.reason, given.reason].filter((reason) => reason !== undefined);
  return { score: weighted / total, reasons: [...new Set(reasons)] };
};

const sameTokens = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

const compareWithoutAliases = (a: PersonName, b: PersonName): NameComparison => {
  if (a.written.toLowerCase() === b.written.toLowerCase()) {
    return { score: 1, reasons: ['exact'] };
  }
  const foldedA = listFoldedTokens(a);
  const foldedB = listFoldedTokens(b);
  const isOrderSwapped = a.order !== b.order;
  if (foldedA.join(' ') === foldedB.join(' ')) {
    const isDiacriticsOnly = formatPersonName(a).toLowerCase() !== formatPersonName(b).toLowerCase();
    const reasons: NameMatchReason[] = isDiacriticsOnly ? ['folded_equal'] : [];
    return {
      score: (isDiacriticsOnly ? FOLDED_ONLY_FACTOR : 1) * (isOrderSwapped ? ORDER_SWAPPED_FACTOR : 1),
      reasons: isOrderSwapped ? [...reasons, 'order_swapped'] : reasons,
    };
  }
  if (sameTokens(foldedA, foldedB)) {
    // Same tokens in an order neither name's reading explained, e.g. "Giàng A Páo" and "Páo Giàng A".
    return { score: FOLDED_ONLY_FACTOR * ORDER_SWAPPED_FACTOR, reasons: ['order_swapped'] };
  }
  const parts = scoreParts(a, b);
  return isOrderSwapped
    ? { score: parts.score * ORDER_SWAPPED_FACTOR, reasons: [...parts.reasons, 'order_swapped'] }
    : parts;
};

/**
 * Scores in [0, 1] how well two names can be the same person's, with the reasons: diacritics, order, a typo, a
 * missing middle name, a known alias of `b` (nickname, other name). A common surname adds little to the score.
 */
export const compareNames = (
  a: PersonName,
  b: PersonName,
  options: { aliasesOfB?: readonly PersonName[] } = {},
): NameComparison => {
  let best = compareWithoutAliases(a, b);
  for (const alias of options.aliasesOfB ?? []) {
    const viaAlias = compareWithoutAliases(a, alias);
    if (viaAlias.score * ALIAS_FACTOR > best.score) {
      best = { score: viaAlias.score * ALIAS_FACTOR, reasons: [...viaAlias.reasons, 'alias'] };
    }
  }
  return best;
};
