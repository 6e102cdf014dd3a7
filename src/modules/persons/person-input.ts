import type { FieldIssue } from '../../http/problem.ts';
import { AppError } from '../../http/problem.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';
import { listCitizenIdDisagreements, parseCitizenId } from './identity/citizen-id.ts';
import { validateIdentityDocument } from './identity/identity-documents.ts';
import { type CalendarDay, type PartialDate, parsePartialDate } from './identity/partial-date.ts';
import type { IdentityDocument, Sex } from './persons.tables.ts';

const fail = (code: 'invalid_birth_date' | 'invalid_identity_number', issues: FieldIssue[]) =>
  new AppError(code, issues.map((i) => `${i.path}: ${i.message}`).join('; '), { errors: issues });

const calendarDayOf = (day: string): CalendarDay => {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: date ?? 1 };
};

/** A birth date as typed, checked (no 2023-02-29, nothing after today, nothing before 1900); null stays null. */
export const readBirthDate = (text: string | null | undefined, today: string): PartialDate | null => {
  if (!text) return null;
  const parsed = parsePartialDate(text, calendarDayOf(today));
  if (!parsed.ok) {
    throw fail('invalid_birth_date', [
      { path: 'birthDate', code: 'invalid_birth_date', message: parsed.reason },
    ]);
  }
  return parsed.date;
};

/**
 * Identity documents normalized and checked by their kind's structure; a citizen identity number must also agree
 * with the person's sex and birth year. Every fault is named by its `identityDocuments.N.number` path.
 */
export const readIdentityDocuments = (
  documents: readonly IdentityDocument[],
  person: { sex: Sex; birthYear: number | null; currentYear: number },
): IdentityDocument[] => {
  const issues: FieldIssue[] = [];
  const checked = documents.map((document, index) => {
    const path = `identityDocuments.${index}.number`;
    const result = validateIdentityDocument(document.kind, document.number);
    if (!result.ok) {
      issues.push({ path, code: 'invalid_identity_number', message: result.reason });
      return document;
    }
    const citizen = document.kind === 'cccd' ? parseCitizenId(result.number) : undefined;
    if (citizen?.ok) {
      const disagreements = listCitizenIdDisagreements(citizen, {
        ...(person.sex === 'unknown' ? {} : { sex: person.sex }),
        ...(person.birthYear === null ? {} : { birthYear: person.birthYear }),
        currentYear: person.currentYear,
      });
      for (const reason of disagreements)
        issues.push({ path, code: 'invalid_identity_number', message: reason });
    }
    return { ...document, number: result.number };
  });
  if (issues.length > 0) throw fail('invalid_identity_number', issues);
  return checked;
};

/** Names as search compares them: folded (no diacritics, đ → d, lower case, single spaces). */
export const foldNames = (names: readonly string[]): string[] => names.map((name) => foldVietnamese(name));
