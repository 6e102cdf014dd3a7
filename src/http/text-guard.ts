import { AppError, type FieldIssue } from './problem.ts';

const MAX_DEPTH = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text holds what PostgreSQL cannot store or what is not well-formed Unicode (a NUL, a lone surrogate). */
export const isUnstorableText = (text: string): boolean =>
  text.includes('\u0000') || LONE_SURROGATE.test(text);

/** The path of the first string (a key or a value) of a parsed JSON value that `isBad` refuses, or null. */
export const findTextWhere = (
  value: unknown,
  isBad: (text: string) => boolean,
  path: string[] = [],
): string[] | null => {
  if (typeof value === 'string') {
    return isBad(value) ? path : null;
  }
  // Raw bytes (an uploaded document) are not text: walking them byte by byte would only cost time.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || path.length > MAX_DEPTH) {
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = findTextWhere(key, isBad, [...path, key]) ?? findTextWhere(child, isBad, [...path, key]);
    if (found) {
      return found;
    }
  }
  return null;
};

/**
 * Finds the first string in a parsed request part that PostgreSQL cannot store or that is not well-formed
 * Unicode (a NUL character, a lone surrogate), so it is refused as bad input instead of failing in the database.
 */
export const findUnstorableText = (value: unknown, path: string[] = []): FieldIssue | null => {
  const found = findTextWhere(value, isUnstorableText, path);
  return found
    ? {
        path: found.join('.'),
        code: 'invalid_characters',
        message: 'contains a NUL or an unpaired surrogate',
      }
    : null;
};

/** Refuses a request whose body, query or path parameters hold text the database cannot store. */
export const guardRequestText = async (request: {
  body: unknown;
  query: unknown;
  params: unknown;
}): Promise<void> => {
  const parts = [
    ['', request.body],
    ['querystring', request.query],
    ['params', request.params],
  ] as const;
  for (const [prefix, value] of parts) {
    const issue = findUnstorableText(value, prefix ? [prefix] : []);
    if (issue) {
      throw new AppError('validation_failed', 'The request holds text that cannot be stored', {
        errors: [issue],
      });
    }
  }
};
