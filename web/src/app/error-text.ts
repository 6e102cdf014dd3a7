import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorKey } from '../i18n';
import { ApiError } from './api';

/** The error code to show for anything thrown: the problem code, or `unknown`. */
export const errorCodeOf = (error: unknown): string => (error instanceof ApiError ? error.code : 'unknown');

/** Returns a function that turns an error (or a code) into its translated `errors.<code>` text. */
export const useErrorText = (): ((error: unknown, fallback?: ErrorKey) => string) => {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown, fallback: ErrorKey = 'errors.unknown') => {
      const code = typeof error === 'string' ? error : errorCodeOf(error);
      const key = `errors.${code}`;
      return i18n.exists(key) ? t(key as ErrorKey) : t(fallback);
    },
    [t, i18n],
  );
};

/** Field name → translated message. */
export type FieldErrors = Partial<Record<string, string>>;

/** A form's errors: messages per field, and the general message when the error is not a field's. */
export type FormErrors = { fields: FieldErrors; general: string | null };

/**
 * Maps a problem document onto a form: `errors[]` by the first segment of each path, and the
 * top-level codes listed in `fieldOfCode` (such as `username_taken`) onto their field.
 */
export const useFormErrors = (
  error: unknown,
  fieldOfCode: Partial<Record<string, string>> = {},
): FormErrors => {
  const errorText = useErrorText();
  if (!error) {
    return { fields: {}, general: null };
  }
  const fields: FieldErrors = {};
  const issues = error instanceof ApiError ? error.errors : [];
  for (const issue of issues) {
    const field = issue.path.split('.')[0] ?? '';
    fields[field] ??= errorText(issue.code, 'errors.invalid_value');
  }
  const field = fieldOfCode[errorCodeOf(error)];
  if (field) {
    fields[field] ??= errorText(error);
    return { fields, general: null };
  }
  return { fields, general: errorText(error) };
};
