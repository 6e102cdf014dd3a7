import { describe, expect, it } from 'vitest';
import en from './en.json';
import { ERROR_CODES, FIELD_ERROR_CODES } from './error-codes';
import lo from './lo.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      for (const [childPath, childValue] of flatten(value, path)) {
        out.set(childPath, childValue);
      }
    }
  }
  return out;
};

const LANGUAGES: [string, Map<string, string>][] = [
  ['vi', flatten(vi)],
  ['en', flatten(en)],
  ['lo', flatten(lo)],
];

const LAO_SCRIPT = /[\u0E80-\u0EFF]/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

const placeholdersOf = (text: string | undefined): string[] =>
  [...(text ?? '').matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();

describe('translations', () => {
  const viKeys = [...(LANGUAGES[0]?.[1].keys() ?? [])].sort();

  it.each(LANGUAGES)('%s has exactly the key set of vi', (_language, keys) => {
    expect([...keys.keys()].sort()).toEqual(viKeys);
  });

  it.each(LANGUAGES)('%s has no empty text', (_language, keys) => {
    expect([...keys].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same placeholders as vi', (_language, keys) => {
    const vietnamese = LANGUAGES[0]?.[1] ?? new Map<string, string>();
    for (const key of viKeys) {
      expect(placeholdersOf(keys.get(key)), key).toEqual(placeholdersOf(vietnamese.get(key)));
    }
  });

  it.each([...ERROR_CODES, ...FIELD_ERROR_CODES, 'unknown'])('has errors.%s in every language', (code) => {
    for (const [, keys] of LANGUAGES) {
      expect(keys.has(`errors.${code}`)).toBe(true);
    }
  });

  it('writes Lao in Lao script', () => {
    const lao = LANGUAGES[2]?.[1] ?? new Map<string, string>();
    expect(lao.get('auth.login.submit')).toMatch(LAO_SCRIPT);
    expect(lao.get('errors.invalid_credentials')).toMatch(LAO_SCRIPT);
  });
});
