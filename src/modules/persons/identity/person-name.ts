// Vietnamese full names (surname, middle names, given name; surname first), split and folded for search.
import { foldVietnamese } from '../../../text/vietnamese.ts';

export type NameOrder = 'surname_first' | 'given_first';

export type PersonName = {
  /** The name as written: NFC, spaces collapsed, in its original order. */
  written: string;
  surname: string;
  middle: string[];
  given: string;
  /** The order the name was written in; `given_first` when it was read as a foreign document writes it. */
  order: NameOrder;
  folded: { surname: string; middle: string[]; given: string };
};

/**
 * Folded surnames that mark the first token as a surname, so a name starting with one is never reordered. Surnames that
 * fold like common given names (Giàng/Giang, Mai, Hà, Lâm, Lộc, Tú, Trường, Quân) are left out: "Mai Nguyen" is
 * then read as given name first.
 */
const KNOWN_SURNAMES: ReadonlySet<string> = new Set(
  // biome-ignore format: a word list reads better in rows
  [
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo',
  'duong', 'ly', 'dinh', 'doan', 'trinh', 'luong', 'luu', 'cao', 'quach', 'ton', 'ta', 'chu', 'kieu', 'la',
  'lai', 'khong', 'tong', 'vuong', 'thach', 'ung', 'au', 'bach', 'dam', 'diep', 'hua', 'khuc', 'lieu', 'lo',
  'ma', 'mac', 'nghiem', 'ninh', 'nong', 'ong', 'phung', 'sam', 'tang', 'than', 'tieu', 'trieu', 'be', 'deo',
  'lu', 'sung', 'vang', 'lau', 'mua', 'chao', 'hau', 'sinh', 'ban', 'giap', 'to', 'uong', 'thieu',
  ],
);

/**
 * Surnames common enough that finding one last (or second, as in "Duc Nguyen Van") while the first token is no
 * surname means the name was written given name first. Hoàng, Dương and Vũ are also common given names: left out.
 */
const ORDER_MARKING_SURNAMES: ReadonlySet<string> = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'huynh',
  'phan',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'ly',
]);

/** Folded name tokens, kept while there are few of them: names reuse a small vocabulary, and batch matching splits
 * a million names. Cleared when full, so hostile input cannot grow it without bound. */
const FOLDED_TOKENS = new Map<string, string>();
const FOLDED_TOKENS_MAX = 50_000;

const foldToken = (token: string): string => {
  let folded = FOLDED_TOKENS.get(token);
  if (folded === undefined) {
    if (FOLDED_TOKENS.size >= FOLDED_TOKENS_MAX) FOLDED_TOKENS.clear();
    folded = foldVietnamese(token);
    FOLDED_TOKENS.set(token, folded);
  }
  return folded;
};

const tokenize = (text: string): string[] =>
  text
    .normalize('NFC')
    .split(/[\s,]+/)
    .filter((token) => token !== '');

type Parts = { surname: string; middle: string[]; given: string; order: NameOrder };

const arrangeTokens = (tokens: string[], folded: string[]): Parts => {
  const [first = '', second = ''] = folded;
  const last = folded.at(-1) ?? '';
  const isGivenFirst = tokens.length >= 2 && !KNOWN_SURNAMES.has(first);
  if (isGivenFirst && ORDER_MARKING_SURNAMES.has(last)) {
    // "Duc Van Nguyen": given, middle names, surname.
    return {
      surname: tokens.at(-1) ?? '',
      middle: tokens.slice(1, -1),
      given: tokens[0] ?? '',
      order: 'given_first',
    };
  }
  if (isGivenFirst && tokens.length >= 3 && ORDER_MARKING_SURNAMES.has(second)) {
    // "Duc Nguyen Van": given, then surname and middle names as a foreign form's family-name field holds them.
    return {
      surname: tokens[1] ?? '',
      middle: tokens.slice(2),
      given: tokens[0] ?? '',
      order: 'given_first',
    };
  }
  if (tokens.length === 1) {
    return { surname: '', middle: [], given: tokens[0] ?? '', order: 'surname_first' };
  }
  return {
    surname: tokens[0] ?? '',
    middle: tokens.slice(1, -1),
    given: tokens.at(-1) ?? '',
    order: 'surname_first',
  };
};

/**
 * Splits a full name into surname, middle names and given name. Vietnamese order (surname first) is assumed unless
 * the first token is no known surname and a common one comes last or second; a single token is a given name.
 */
export const splitPersonName = (fullName: string): PersonName => {
  const tokens = tokenize(fullName);
  const parts = arrangeTokens(tokens, tokens.map(foldToken));
  return {
    written: tokens.join(' '),
    ...parts,
    folded: {
      surname: foldToken(parts.surname),
      middle: parts.middle.map(foldToken),
      given: foldToken(parts.given),
    },
  };
};

/** The name's folded tokens in Vietnamese order (surname, middle names, given name), empty parts left out. */
export const listFoldedTokens = (name: PersonName): string[] =>
  [name.folded.surname, ...name.folded.middle, name.folded.given].filter((token) => token !== '');

/** The name written in Vietnamese order with its diacritics: "Đức Nguyễn Văn" becomes "Nguyễn Văn Đức". */
export const formatPersonName = (name: PersonName): string =>
  [name.surname, ...name.middle, name.given].filter((token) => token !== '').join(' ');

/**
 * The folded keys a search index stores for a name, so a query finds it however much of it was written: the full
 * name, the name without each one middle name, surname and given name, the called name (last middle name and given
 * name, "minh khai") and the given name alone.
 */
export const listNameSearchKeys = (name: PersonName): string[] => {
  const { surname, middle, given } = name.folded;
  const join = (tokens: string[]) => tokens.filter((token) => token !== '').join(' ');
  const keys = [join([surname, ...middle, given])];
  if (middle.length >= 2) {
    keys.push(
      ...middle.map((_, dropped) => join([surname, ...middle.filter((__, i) => i !== dropped), given])),
    );
  }
  keys.push(join([surname, given]));
  const calledName = middle.at(-1);
  if (calledName !== undefined) {
    keys.push(join([calledName, given]));
  }
  keys.push(given);
  return [...new Set(keys.filter((key) => key !== ''))];
};
