/** The birth-year filter of the search: one year, a range, or nothing; `null` when the text is neither. */
export type BirthYears = {
  birthYear: number | null;
  birthYearFrom: number | null;
  birthYearTo: number | null;
};

/** No birth-year filter. */
export const NO_YEARS: BirthYears = { birthYear: null, birthYearFrom: null, birthYearTo: null };
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const isYear = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

/** Reads `1990`, `1988-1992` (or `1988–1992`, `1988 - 1992`) as the search's birth-year filter; blank is no filter. */
export const parseBirthYears = (text: string): BirthYears | null => {
  const trimmed = text.trim();
  if (trimmed === '') {
    return NO_YEARS;
  }
  const single = /^(\d{4})$/.exec(trimmed);
  if (single) {
    const year = Number(single[1]);
    return isYear(year) ? { ...NO_YEARS, birthYear: year } : null;
  }
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(trimmed);
  if (!range) {
    return null;
  }
  const from = Number(range[1]);
  const to = Number(range[2]);
  if (!isYear(from) || !isYear(to) || from > to) {
    return null;
  }
  return from === to
    ? { ...NO_YEARS, birthYear: from }
    : { ...NO_YEARS, birthYearFrom: from, birthYearTo: to };
};
