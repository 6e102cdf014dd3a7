import { AppError, type FieldIssue } from './problem.ts';

const MAX_DEPTH = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Finds the first string in a parsed request part that PostgreSQL cannot store or that is not well-formed
 * Unicode (a NUL character, a lone surrogate), so it is refused as bad input instead of failing in the database.
 */
export const findUnstorableText = (value: unknown, path: string[] = []): FieldIssue | null => {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
      return {
        path: path.join('.'),
        code: 'invalid_characters',
        message: 'contains a NUL or an unpaired surrogate',
      };
    }
    return null;
  }
  // Raw bytes (an uploaded document) are not text: walking them byte by byte would only cost time.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || path.length > MAX_DEPTH) {
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = findUnstorableText(key, [...path, key]) ?? findUnstorableText(child, [...path, key]);
    if (found) {
      return found;
    }
  }
  return null;
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
