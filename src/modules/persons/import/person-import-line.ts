// One NDJSON line of a persons import read into a checked line, or the reasons it is refused.
import { toFieldIssues } from '../../../http/problem.ts';
import { findTextWhere, isUnstorableText } from '../../../http/text-guard.ts';
import { normalizeDocumentNumber } from '../identity/identity-documents.ts';
import type { CreatePersonBody } from '../persons.schemas.ts';
import type { IdentityDocument } from '../persons.tables.ts';
import type { NdjsonLine } from './ndjson-lines.ts';
import { type BadImportLine, PersonImportLine } from './person-import.schemas.ts';

/** Enough to correct a line; a line with hundreds of unknown keys is not explained key by key. */
const MAX_ISSUES_PER_LINE = 20;

export type ReadLine =
  | { ok: true; line: number; person: PersonImportLine }
  | { ok: false; issues: BadImportLine[] };

// C0 controls but the tab, DEL and C1 controls: in a name or a note they are garbage from a broken export.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same characters, to replace
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

const hasRefusedCharacter = (text: string) => CONTROL.test(text) || isUnstorableText(text);

const refuse = (line: number, code: string, message: string, path = ''): ReadLine => ({
  ok: false,
  issues: [{ line, code, path, message }],
});

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // Also a nesting too deep for the parser's stack: the line is not usable JSON either way.
    const reason = error instanceof Error ? error.message : String(error);
    // The parser quotes the line: never echo its control characters to a terminal.
    return { ok: false, message: `not JSON: ${reason.replace(CONTROLS, '\ufffd')}` };
  }
};

/**
 * Reads one line: JSON, an object, keys starting with "_" dropped (the exporter's own notes), no control character
 * but the tab anywhere, then the line schema; each fault names the line and the field.
 */
export const readImportLine = (raw: NdjsonLine): ReadLine => {
  const { line } = raw;
  if ('problem' in raw) {
    return raw.problem === 'line_too_long'
      ? refuse(line, 'line_too_long', 'the line is longer than 1 MiB')
      : refuse(line, 'malformed_json', 'the line is not valid UTF-8');
  }
  const parsed = parseJson(raw.text);
  if (!parsed.ok) {
    return refuse(line, 'malformed_json', parsed.message);
  }
  const { value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(line, 'malformed_json', 'the line is not a JSON object');
  }
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_')));
  const badText = findTextWhere(kept, hasRefusedCharacter);
  if (badText) {
    const message = 'contains a control character (only the tab is allowed), a NUL or a broken character';
    return refuse(line, 'invalid_characters', message, badText.join('.'));
  }
  const checked = PersonImportLine.safeParse(kept);
  if (!checked.success) {
    const issues = toFieldIssues(checked.error.issues).slice(0, MAX_ISSUES_PER_LINE);
    return { ok: false, issues: issues.map((issue) => ({ line, ...issue })) };
  }
  return { ok: true, line, person: checked.data };
};

/** The reasons the person checks give as codes, said in words for whoever corrects the file. */
const REASONS: Record<string, string> = {
  format: 'not in the expected format',
  month: 'no such month',
  day: 'no such day in that month',
  before_1900: 'before 1900',
  in_future: 'in the future',
  empty: 'empty',
  length: 'wrong number of characters for its kind',
  not_digits: 'not only digits',
  unknown_province: 'the first three digits are no province of birth registration',
  sex_differs: "the number's sex digit disagrees with sex",
  birth_year_differs: 'the number says another birth year than birthDate',
  birth_year_in_future: 'the number says a birth year still to come',
};

/** A fault's message as the line's reader wants it: a reason code of the person checks said in words. */
export const toLineMessage = (message: string): string => REASONS[message] ?? message;

/** A thrown fault of one line, at the line's own field names rather than those of CreatePersonBody. */
export const toLinePath = (path: string): string =>
  path
    .replace(/^identityDocuments\.0(\.\w+)?$/, 'idNumber')
    .replace(/^addresses\.0(\.\w+)?$/, 'provinceCode');

/**
 * The identity document an `idNumber` stands for, its kind read from its shape: 12 digits a CCCD, 9 digits a CMND, a
 * letter and 7 digits a Vietnamese passport, other letters and digits a foreign passport. Digits only of another
 * length are a mistyped CCCD or CMND far more often than a passport: they stay a CCCD, and are refused as such.
 */
export const identityDocumentOf = (idNumber: string): IdentityDocument => {
  const number = normalizeDocumentNumber(idNumber);
  if (/^\d{9}$/.test(number)) return { kind: 'cmnd', number };
  if (/^[A-Z]\d{7}$/.test(number)) return { kind: 'passport_vn', number };
  if (/^\d*$/.test(number)) return { kind: 'cccd', number };
  return { kind: 'passport_other', number };
};

/** The body fields a line sets: what it names, `idNumber` as the one identity document (null: none). */
export const toPersonInput = (
  person: PersonImportLine,
): Omit<CreatePersonBody, 'dataSubjectCategory'> & Partial<Pick<CreatePersonBody, 'dataSubjectCategory'>> => {
  const { idNumber, provinceCode: _placedApart, ...fields } = person;
  if (idNumber === undefined) return fields;
  return { ...fields, identityDocuments: idNumber === null ? [] : [identityDocumentOf(idNumber)] };
};
