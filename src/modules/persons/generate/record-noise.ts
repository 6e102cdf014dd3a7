// The noise another force's record of the same person carries: the name typed without diacritics, in given-name-
// first order, with a typo or without the middle name; the birth date known to the year only; no identity number;
// a nickname in place of the name. Each function does one of these; `drawNoise` picks which a duplicate gets.
import type { NameParts } from './generate-person.ts';
import { drawInteger, drawOne, isDrawn, type Random } from './random.ts';

export const NOISE_KINDS = [
  'alias_as_name',
  'missing_middle_name',
  'typo',
  'given_name_first',
  'no_diacritics',
  'year_only',
  'missing_id_number',
] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** How likely each kind of noise is on a duplicate record, each drawn independently. Approximate. */
export const NOISE_PROBABILITIES: Record<NoiseKind, number> = {
  alias_as_name: 0.1,
  missing_middle_name: 0.2,
  typo: 0.25,
  given_name_first: 0.15,
  no_diacritics: 0.35,
  year_only: 0.3,
  missing_id_number: 0.3,
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The text as typed on a keyboard without Vietnamese input: "Nguyễn Văn Đức" becomes "Nguyen Van Duc". */
export const dropDiacritics = (text: string): string =>
  text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

/** Whether the text has anything for `dropDiacritics` to drop. */
export const hasDiacritics = (text: string): boolean => dropDiacritics(text) !== text.normalize('NFC');

/** The name without its middle names: "Nguyễn Văn Đức" becomes "Nguyễn Đức". */
export const dropMiddleName = (name: NameParts): NameParts => ({ ...name, middle: [] });

export type GivenFirstStyle = 'given_surname_middle' | 'given_middle_surname';

/**
 * The name written given name first, as a foreign form or a careless reader writes it: "Đức Nguyễn Văn" (given,
 * then the family-name field holding surname and middle) or "Đức Văn Nguyễn" (given names, then surname).
 */
export const formatGivenNameFirst = (name: NameParts, style: GivenFirstStyle): string => {
  const rest =
    style === 'given_surname_middle' ? [name.surname, ...name.middle] : [...name.middle, name.surname];
  return [name.given, ...rest].filter((token) => token !== '').join(' ');
};

/** The name written as Vietnamese does, surname first. */
export const formatSurnameFirst = (name: NameParts): string =>
  [name.surname, ...name.middle, name.given].filter((token) => token !== '').join(' ');

/** Keys next to each letter on a QWERTY keyboard, for substitution typos. */
// biome-ignore format: a keyboard map reads better in rows
const NEIGHBOUR_KEYS: Record<string, string> = {
  a: 'qswz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko',
  j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz',
  t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

export type TypoKind = 'substitution' | 'transposition' | 'deletion';

/**
 * One typing mistake in a word: a letter replaced by a neighbouring key, two adjacent different letters swapped,
 * or a letter left out (neither of the last two touches the first letter). The word always changes; a word too
 * short for the kind asked gets a substitution.
 */
export const introduceTypo = (random: Random, word: string, kind: TypoKind): string => {
  const letters = [...word.normalize('NFC')];
  if (kind === 'transposition') {
    // Never the first letter: a capital moved inside the word ("ứĐc") is not how names get mistyped.
    const places = letters.flatMap((letter, i) => (i > 1 && letters[i - 1] !== letter ? [i] : []));
    if (places.length > 0) {
      const at = drawOne(random, places);
      [letters[at - 1], letters[at]] = [letters[at] ?? '', letters[at - 1] ?? ''];
      return letters.join('');
    }
  }
  if (kind === 'deletion' && letters.length >= 3) {
    letters.splice(drawInteger(random, 1, letters.length - 1), 1);
    return letters.join('');
  }
  const at = drawInteger(random, 0, letters.length - 1);
  const letter = letters[at] ?? 'a';
  const base = dropDiacritics(letter).toLowerCase();
  const replacement = drawOne(random, [...(NEIGHBOUR_KEYS[base] ?? 'aeiou')]);
  letters[at] = letter === letter.toLowerCase() ? replacement : replacement.toUpperCase();
  return letters.join('');
};

/** The name with one typo in the given name (most often), the surname or a middle name. */
export const applyTypo = (random: Random, name: NameParts): NameParts => {
  const kind = drawOne<TypoKind>(random, ['substitution', 'transposition', 'deletion']);
  const place = random();
  if (place < 0.6 || (place >= 0.85 && name.middle.length === 0)) {
    return { ...name, given: introduceTypo(random, name.given, kind) };
  }
  if (place < 0.85) {
    return { ...name, surname: introduceTypo(random, name.surname, kind) };
  }
  const at = drawInteger(random, 0, name.middle.length - 1);
  return {
    ...name,
    middle: name.middle.map((part, i) => (i === at ? introduceTypo(random, part, kind) : part)),
  };
};

/** The birth date known to the year only: "1990-05-12" becomes "1990". */
export const truncateToYear = (birthDate: string): string => birthDate.slice(0, 4);

/** What a duplicate record starts from, before noise: the facts another force would have written down. */
export type NoiseTarget = { name: NameParts; aliases: string[]; birthDate: string; idNumber?: string };

const isApplicable = (kind: NoiseKind, target: NoiseTarget): boolean => {
  switch (kind) {
    case 'alias_as_name':
      return target.aliases.length > 0;
    case 'missing_middle_name':
      return target.name.middle.length > 0;
    case 'no_diacritics':
      return hasDiacritics(formatSurnameFirst(target.name));
    case 'year_only':
      return target.birthDate.length > 4;
    case 'missing_id_number':
      return target.idNumber !== undefined;
    default:
      return true;
  }
};

/** Noise that a nickname in place of the name makes moot: the name's parts are not written at all. */
const MOOT_WITH_ALIAS: ReadonlySet<NoiseKind> = new Set(['missing_middle_name', 'typo', 'given_name_first']);

/**
 * The noise kinds a duplicate record gets: each applicable kind drawn independently with its probability, and
 * when none was drawn one applicable kind at random, so that no duplicate is an exact copy.
 */
export const drawNoise = (random: Random, target: NoiseTarget): NoiseKind[] => {
  const applicable = NOISE_KINDS.filter((kind) => isApplicable(kind, target));
  const drawn = applicable.filter((kind) => isDrawn(random, NOISE_PROBABILITIES[kind]));
  if (drawn.includes('alias_as_name')) {
    return drawn.filter((kind) => !MOOT_WITH_ALIAS.has(kind));
  }
  if (drawn.length > 0 || applicable.length === 0) {
    return drawn;
  }
  return [drawOne(random, applicable)];
};

/** The fields of a record after noise. */
export type NoisyFields = { fullName: string; aliases: string[]; birthDate: string; idNumber?: string };

const GIVEN_FIRST_STYLES: readonly GivenFirstStyle[] = ['given_surname_middle', 'given_middle_surname'];

/** Writes a duplicate record's fields from `target` with the noise kinds given (see `drawNoise`). */
export const applyNoise = (random: Random, target: NoiseTarget, noise: readonly NoiseKind[]): NoisyFields => {
  const has = (kind: NoiseKind) => noise.includes(kind);
  let fullName: string;
  let aliases = target.aliases;
  if (has('alias_as_name')) {
    fullName = drawOne(random, target.aliases);
    aliases = target.aliases.filter((alias) => alias !== fullName);
  } else {
    let name = has('missing_middle_name') ? dropMiddleName(target.name) : target.name;
    name = has('typo') ? applyTypo(random, name) : name;
    fullName = has('given_name_first')
      ? formatGivenNameFirst(name, drawOne(random, GIVEN_FIRST_STYLES))
      : formatSurnameFirst(name);
  }
  if (has('no_diacritics')) {
    fullName = dropDiacritics(fullName);
    aliases = aliases.map(dropDiacritics);
  }
  const birthDate = has('year_only') ? truncateToYear(target.birthDate) : target.birthDate;
  const idNumber = has('missing_id_number') ? undefined : target.idNumber;
  return { fullName, aliases, birthDate, ...(idNumber === undefined ? {} : { idNumber }) };
};
