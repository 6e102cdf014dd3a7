import { ApiError } from '../../../app/api';

/** A trimmed text field as the API takes it: null when left empty. */
export const textOrNull = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * The issue codes of a list field's rows, keyed `N.field` (from paths such as `units.2.unitCode`), so that a form
 * of repeated rows can show each error on its own row; useFormErrors keeps only the list as a whole.
 */
export const rowIssuesOf = (error: unknown, list: string): Map<string, string> => {
  const issues = new Map<string, string>();
  if (!(error instanceof ApiError)) {
    return issues;
  }
  for (const issue of error.errors) {
    const [head, index, field] = issue.path.split('.');
    if (head === list && index !== undefined && field !== undefined && !issues.has(`${index}.${field}`)) {
      issues.set(`${index}.${field}`, issue.code);
    }
  }
  return issues;
};
