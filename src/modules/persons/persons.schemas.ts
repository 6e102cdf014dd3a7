import { z } from 'zod';
import { CLASSIFICATIONS, HANDLING_CODES } from '../../db/columns.ts';
import { Version } from '../../http/common.schemas.ts';
import { AgencySummary, Day } from '../agencies/index.ts';
import { CRIME_DOMAINS } from '../agreements/index.ts';
import { Grading, Handling, INFORMATION_ACCURACIES, SOURCE_RELIABILITIES } from '../sharing/index.ts';
import { IDENTITY_DOCUMENT_KINDS } from './identity/identity-documents.ts';
import {
  ADDRESS_KINDS,
  DATA_SUBJECT_CATEGORIES,
  PERSON_ROLES,
  PERSONAL_DATA_CATEGORIES,
  SEXES,
} from './persons.tables.ts';

const Name = z.string().trim().min(1).max(200);
const ShortText = z.string().trim().min(1).max(200);

export const PersonIdParams = z.strictObject({ personId: z.uuid() });

export const IdentityDocumentInput = z.strictObject({
  kind: z.enum(IDENTITY_DOCUMENT_KINDS),
  number: z.string().trim().min(1).max(40),
  issuedBy: ShortText.nullish(),
});

export const AddressInput = z.strictObject({
  kind: z.enum(ADDRESS_KINDS),
  structure: z.enum(['current', 'pre2025']),
  unitCode: z.string().trim().min(1).max(20),
  detail: z.string().trim().max(500).nullish(),
});

/** A birth date as known: a year, a year and month, or a full day. */
export const PartialDateText = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

const personFields = {
  externalRef: ShortText.optional(),
  fullName: Name,
  aliases: z.array(Name).max(20).optional(),
  sex: z.enum(SEXES).optional(),
  birthDate: PartialDateText.nullish(),
  placeOfBirth: ShortText.nullish(),
  ethnicity: ShortText.nullish(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2')
    .nullish(),
  identityDocuments: z.array(IdentityDocumentInput).max(10).optional(),
  addresses: z.array(AddressInput).max(10).optional(),
  phones: z.array(z.string().trim().min(3).max(30)).max(10).optional(),
  vehicles: z.array(z.string().trim().min(2).max(20)).max(10).optional(),
  roles: z.array(z.enum(PERSON_ROLES)).max(PERSON_ROLES.length).optional(),
  dataSubjectCategory: z.enum(DATA_SUBJECT_CATEGORIES),
  personalDataCategory: z.enum(PERSONAL_DATA_CATEGORIES).optional(),
  reviewDueOn: Day.optional(),
  crimeDomain: z.enum(CRIME_DOMAINS).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  handlingCode: z.enum(HANDLING_CODES).optional(),
  releasableToForeign: z.boolean().optional(),
  sourceReliability: z.enum(SOURCE_RELIABILITIES).nullish(),
  informationAccuracy: z.enum(INFORMATION_ACCURACIES).nullish(),
  note: z.string().trim().max(4000).nullish(),
};

export const CreatePersonBody = z.strictObject(personFields);
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z.strictObject({
  version: Version,
  ...z.strictObject(personFields).partial().shape,
});
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

export const PersonListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  province: z.string().trim().max(10).optional(),
  role: z.enum(PERSON_ROLES).optional(),
  owner: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

/** Only that the owner holds a record, and whom to ask: no personal field. */
export const PersonPointer = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
});

const summaryFields = {
  id: z.uuid(),
  ownerAgency: AgencySummary,
  externalRef: z.string().nullable(),
  fullName: z.string(),
  aliases: z.array(z.string()),
  sex: z.enum(SEXES),
  birthDate: z.string().nullable(),
  provinceCode: z.string().nullable(),
  roles: z.array(z.enum(PERSON_ROLES)),
  crimeDomain: z.enum(CRIME_DOMAINS),
  recordedOn: Day,
  grading: Grading,
  handling: Handling,
  version: z.int(),
};

/** The fields a summary share shows: who the person is, not how to find them. */
export const PersonSummary = z.object({ level: z.literal('summary'), ...summaryFields });

export const PersonFull = z.object({
  level: z.literal('full'),
  ...summaryFields,
  placeOfBirth: z.string().nullable(),
  ethnicity: z.string().nullable(),
  nationality: z.string().nullable(),
  identityDocuments: z.array(
    z.object({ kind: z.enum(IDENTITY_DOCUMENT_KINDS), number: z.string(), issuedBy: z.string().nullish() }),
  ),
  addresses: z.array(
    z.object({
      kind: z.enum(ADDRESS_KINDS),
      structure: z.enum(['current', 'pre2025']),
      unitCode: z.string(),
      detail: z.string().nullish(),
    }),
  ),
  phones: z.array(z.string()),
  vehicles: z.array(z.string()),
  dataSubjectCategory: z.enum(DATA_SUBJECT_CATEGORIES),
  personalDataCategory: z.enum(PERSONAL_DATA_CATEGORIES),
  reviewDueOn: Day,
  zoneIds: z.array(z.uuid()),
  note: z.string().nullable(),
  /** The digest of the photo, if any (readers in full fetch it from /photo). */
  photoSha256: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const PersonView = z.discriminatedUnion('level', [PersonPointer, PersonSummary, PersonFull]);
export type PersonView = z.infer<typeof PersonView>;

const Facet = z.array(z.object({ value: z.string(), count: z.int() }));

/** A page of the persons the viewer reads at summary or full level, with the total and facets over the same set. */
export const PersonList = z.object({
  items: z.array(z.discriminatedUnion('level', [PersonSummary, PersonFull])),
  total: z.int(),
  facets: z.object({ roles: Facet, provinces: Facet, owners: Facet }),
});
