// Identity document numbers a person record may carry, each kind with the format it is known to have.
import { type CitizenIdIssue, parseCitizenId } from './citizen-id.ts';

/**
 * - `cccd`: 12-digit personal identification number (citizen identity card), see citizen-id.ts.
 * - `cmnd`: the old 9-digit identity card. The 12-digit CMND issued in some provinces from 2012 already
 *   carries the personal identification number, so it is recorded as `cccd`.
 * - `passport_vn`: Vietnamese passport, one letter and 7 digits (C1234567).
 * - `passport_other`: any other country's passport, 4–20 letters and digits.
 * - `la_id`: Lao identity card or family book number. We know no published, authoritative format,
 *   so we accept 6–20 letters, digits and inner hyphens and check nothing more.
 */
export const IDENTITY_DOCUMENT_KINDS = ['cccd', 'cmnd', 'passport_vn', 'passport_other', 'la_id'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

export type IdentityDocumentIssue = 'empty' | 'format' | CitizenIdIssue;

export type IdentityDocumentResult =
  | { ok: true; kind: IdentityDocumentKind; number: string }
  | { ok: false; reason: IdentityDocumentIssue };

const PATTERNS: Record<
  Exclude<IdentityDocumentKind, 'cccd'>,
  { pattern: RegExp; lengths: [number, number] }
> = {
  cmnd: { pattern: /^\d+$/, lengths: [9, 9] },
  passport_vn: { pattern: /^[A-Z]\d{7}$/, lengths: [8, 8] },
  passport_other: { pattern: /^[A-Z0-9]+$/, lengths: [4, 20] },
  la_id: { pattern: /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, lengths: [6, 20] },
};

/**
 * Normalises a document number as typed or scanned: full-width characters to ASCII (NFKC), spaces and dots
 * removed, upper case. "001 090.012345" and "001090012345" are then the same number.
 */
export const normalizeDocumentNumber = (number: string): string =>
  number.normalize('NFKC').replace(/[\s.]/g, '').toUpperCase();

/** Normalises a document number and checks it against its kind's format; returns the number to store or a reason. */
export const validateIdentityDocument = (
  kind: IdentityDocumentKind,
  number: string,
): IdentityDocumentResult => {
  const normalized = normalizeDocumentNumber(number);
  if (normalized === '') {
    return { ok: false, reason: 'empty' };
  }
  if (kind === 'cccd') {
    const parsed = parseCitizenId(normalized);
    return parsed.ok ? { ok: true, kind, number: normalized } : parsed;
  }
  const { pattern, lengths } = PATTERNS[kind];
  if (normalized.length < lengths[0] || normalized.length > lengths[1]) {
    return { ok: false, reason: 'length' };
  }
  if (!pattern.test(normalized)) {
    return { ok: false, reason: kind === 'cmnd' ? 'not_digits' : 'format' };
  }
  return { ok: true, kind, number: normalized };
};
