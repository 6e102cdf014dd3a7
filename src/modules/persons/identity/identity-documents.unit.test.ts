import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDENTITY_DOCUMENT_KINDS,
  type IdentityDocumentKind,
  normalizeDocumentNumber,
  validateIdentityDocument,
} from './identity-documents.ts';

describe('normalizeDocumentNumber', () => {
  it.each([
    [' 001 090.012345 ', '001090012345'],
    ['c1234567', 'C1234567'],
    ['０３３１９５０００１２３', '033195000123'],
    ['ab-12\u00a034', 'AB-1234'],
  ])('%j → %j', (input, normalized) => {
    expect(normalizeDocumentNumber(input)).toBe(normalized);
  });
});

describe('validateIdentityDocument', () => {
  it.each<[IdentityDocumentKind, string, string]>([
    ['cccd', '001 090 012 345', '001090012345'],
    ['cmnd', '012.345.678', '012345678'],
    ['passport_vn', 'c1234567', 'C1234567'],
    ['passport_vn', 'N 1234567', 'N1234567'],
    ['passport_other', 'x12ab', 'X12AB'],
    ['passport_other', '12345678901234567890', '12345678901234567890'],
    ['la_id', '01-234567', '01-234567'],
    ['la_id', 'ab1234', 'AB1234'],
  ])('%s %j is valid as %j', (kind, number, normalized) => {
    expect(validateIdentityDocument(kind, number)).toEqual({ ok: true, kind, number: normalized });
  });

  it.each<[IdentityDocumentKind, string, string]>([
    ['cccd', '   ', 'empty'],
    ['cccd', '099090012345', 'unknown_province'],
    ['cccd', '00109001234', 'length'],
    ['cmnd', '0123456789', 'length'],
    ['cmnd', '001090012345', 'length'],
    ['cmnd', '01234567A', 'not_digits'],
    ['passport_vn', '12345678', 'format'],
    ['passport_vn', 'CC123456', 'format'],
    ['passport_vn', 'C123456', 'length'],
    ['passport_other', 'AB1', 'length'],
    ['passport_other', 'AB-123', 'format'],
    ['passport_other', '123456789012345678901', 'length'],
    ['la_id', '12345', 'length'],
    ['la_id', '-12345', 'format'],
    ['la_id', '12--345', 'format'],
    ['la_id', 'ສະບາຍດີ12', 'format'],
  ])('%s %j is rejected for %s', (kind, number, reason) => {
    expect(validateIdentityDocument(kind, number)).toEqual({ ok: false, reason });
  });

  it('never throws, and what it accepts is already normalised', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDENTITY_DOCUMENT_KINDS), fc.string(), (kind, number) => {
        const result = validateIdentityDocument(kind, number);
        if (result.ok) {
          expect(validateIdentityDocument(kind, result.number)).toEqual(result);
        }
      }),
    );
  });
});
