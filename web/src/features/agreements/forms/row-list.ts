import { useErrorText } from '../../../app/error-text';
import { rowIssuesOf } from '../../agencies/forms/form-values';

/** A row of an editable list, with a key that stays the same while rows are added and removed. */
export type Keyed<T> = T & { key: number };

/** Gives each item of a list its row key. */
export const withKeys = <T extends object>(items: readonly T[]): Keyed<T>[] =>
  items.map((item, index) => ({ ...item, key: index + 1 }));

/** The list with one more row at the end, keyed after every other row. */
export const appendRow = <T extends object>(rows: Keyed<T>[], row: T): Keyed<T>[] => [
  ...rows,
  { ...row, key: Math.max(0, ...rows.map((other) => other.key)) + 1 },
];

/** The list with the row of `key` changed. */
export const changeRow = <T extends object>(rows: Keyed<T>[], key: number, change: Partial<T>): Keyed<T>[] =>
  rows.map((row) => (row.key === key ? { ...row, ...change } : row));

/** The list without the row of `key`. */
export const removeRow = <T extends object>(rows: Keyed<T>[], key: number): Keyed<T>[] =>
  rows.filter((row) => row.key !== key);

/** A NumberInput's value as the API takes it: a whole number, or null when left empty. */
export const wholeOrNull = (value: number | string): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;

/** Looks up the translated error of one row's field (`obligations.2.agencyId` → row 2, `agencyId`). */
export const useRowErrors = (error: unknown, list: string) => {
  const errorText = useErrorText();
  const issues = rowIssuesOf(error, list);
  return (index: number, field: string): string | undefined => {
    const code = issues.get(`${index}.${field}`);
    return code === undefined ? undefined : errorText(code, 'errors.invalid_value');
  };
};
