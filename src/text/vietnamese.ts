const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds Vietnamese text for search and comparison: lower case, tone and vowel marks removed, `đ` as `d`,
 * spaces collapsed. "Hoà" and "Hòa" (two tone-mark spellings in official names), "Đức" and "duc" all meet.
 */
export const foldVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorts in Vietnamese alphabetical order (a ă â b c d đ e ê ...), as officers expect a list to read. */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
