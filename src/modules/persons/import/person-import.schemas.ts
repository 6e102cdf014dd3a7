import { z } from 'zod';
import { CreatePersonBody } from '../persons.schemas.ts';

const fields = CreatePersonBody.shape;

/**
 * One line of a persons import (docs/import-persons.md): the fields of CreatePersonBody an import sets, with the
 * agency's own reference required, plus `idNumber` (one identity document, its kind read from its shape) and
 * `provinceCode` (a province of the current structure, recorded as the current address). Unknown keys are refused.
 */
export const PersonImportLine = CreatePersonBody.pick({
  fullName: true,
  aliases: true,
  sex: true,
  birthDate: true,
  placeOfBirth: true,
  ethnicity: true,
  nationality: true,
  phones: true,
  vehicles: true,
  roles: true,
  crimeDomain: true,
  classification: true,
  handlingCode: true,
  releasableToForeign: true,
  sourceReliability: true,
  informationAccuracy: true,
  note: true,
}).extend({
  externalRef: fields.externalRef.unwrap(),
  dataSubjectCategory: fields.dataSubjectCategory.optional(),
  idNumber: z.string().trim().min(1).max(40).nullish(),
  provinceCode: z.string().trim().min(1).max(20).nullish(),
});
export type PersonImportLine = z.infer<typeof PersonImportLine>;

/** Why one line was not loaded: its number in the file, a stable code, the field at fault ('' for the whole line). */
export const BadImportLine = z.object({
  line: z.int(),
  code: z.string(),
  path: z.string(),
  message: z.string(),
});
export type BadImportLine = z.infer<typeof BadImportLine>;

/** What an import did: lines read (not empty), persons created, updated and left unchanged, and the bad lines. */
export const PersonImportReport = z.object({
  lines: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  badLines: z.int().describe('how many lines were refused'),
  bad: z.array(BadImportLine).describe('one entry per fault, in line order; at most 10,000 are listed'),
  badNotListed: z.int().describe('faults beyond the listed ones'),
});
export type PersonImportReport = z.infer<typeof PersonImportReport>;
