import type { AgencySummary } from '../agencies/types';
import type { CrimeDomain } from '../agreements/types';
import type { Role } from '../auth/types';
import type { Structure } from '../geo/types';

export const SEXES = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const PERSON_ROLES = ['suspect', 'offender', 'wanted', 'drug_dependent_managed', 'associate'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Europol Annex II categories of data subjects; they drive the review period. */
export const DATA_SUBJECT_CATEGORIES = [
  'suspect',
  'convicted',
  'witness',
  'victim',
  'contact_associate',
  'informant',
  'uncategorised',
] as const;
export type DataSubjectCategory = (typeof DATA_SUBJECT_CATEGORIES)[number];

export const IDENTITY_DOCUMENT_KINDS = ['cccd', 'cmnd', 'passport_vn', 'passport_other', 'la_id'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

export const ADDRESS_KINDS = ['permanent', 'current'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export const CLASSIFICATIONS = ['none', 'MAT', 'TOI_MAT', 'TUYET_MAT'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

/** Europol's source reliability (A no doubt … C mostly unreliable, X cannot be assessed). */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'X'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];

/** Europol's information accuracy (1 not in doubt … 4 not known to the source and not corroborated). */
export const INFORMATION_ACCURACIES = ['1', '2', '3', '4'] as const;
export type InformationAccuracy = (typeof INFORMATION_ACCURACIES)[number];

/** The roles that record persons of their agency and share them (the API answers 403 to the others). */
const WRITER_ROLES: readonly Role[] = ['administrator', 'commander', 'liaison_officer', 'investigator'];

/** Tells whether a user with these roles may record persons and share them. */
export const canRecordPersons = (roles: readonly Role[]): boolean =>
  roles.some((role) => WRITER_ROLES.includes(role));

export type Grading = {
  sourceReliability: SourceReliability | null;
  informationAccuracy: InformationAccuracy | null;
};

/** The handling marks every reader sees with the record; H1 is "not for judicial use", H2 "no onward sharing". */
export type Handling = {
  classification: Classification;
  handlingCode: HandlingCode;
  notForJudicialUse: boolean;
  noOnwardSharing: boolean;
  releasableToForeign: boolean;
};

export type IdentityDocument = { kind: IdentityDocumentKind; number: string; issuedBy?: string | null };

export type PersonAddress = {
  kind: AddressKind;
  structure: Structure;
  unitCode: string;
  detail?: string | null;
};

/** Only that the owner holds a record, and whom to ask. */
export type PersonPointer = { level: 'pointer'; id: string; ownerAgency: AgencySummary };

/** Who the person is, not how to find them; birth dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PersonSummary = {
  level: 'summary';
  id: string;
  ownerAgency: AgencySummary;
  externalRef: string | null;
  fullName: string;
  aliases: string[];
  sex: Sex;
  birthDate: string | null;
  provinceCode: string | null;
  roles: PersonRole[];
  crimeDomain: CrimeDomain;
  recordedOn: string;
  grading: Grading;
  handling: Handling;
  version: number;
};

export type PersonFull = Omit<PersonSummary, 'level'> & {
  level: 'full';
  placeOfBirth: string | null;
  ethnicity: string | null;
  nationality: string | null;
  identityDocuments: IdentityDocument[];
  addresses: PersonAddress[];
  phones: string[];
  vehicles: string[];
  dataSubjectCategory: DataSubjectCategory;
  personalDataCategory: 'basic' | 'sensitive';
  reviewDueOn: string;
  zoneIds: string[];
  note: string | null;
  /** The digest of the photo, null when there is none; it keys the photo's URL so a new photo is fetched anew. */
  photoSha256: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PersonView = PersonPointer | PersonSummary | PersonFull;
export type PersonListItem = PersonSummary | PersonFull;

export type Facet = { value: string; count: number }[];

export type PersonList = {
  items: PersonListItem[];
  total: number;
  facets: { roles: Facet; provinces: Facet; owners: Facet };
};

export type PersonListQuery = {
  q: string;
  province: string | null;
  role: PersonRole | null;
  offset: number;
};

/** `POST /api/persons`: only the data-subject category is required besides the name. */
export type CreatePersonBody = {
  fullName: string;
  aliases?: string[];
  sex?: Sex;
  birthDate?: string | null;
  identityDocuments?: IdentityDocument[];
  addresses?: PersonAddress[];
  roles?: PersonRole[];
  dataSubjectCategory: DataSubjectCategory;
  crimeDomain?: CrimeDomain;
  classification?: Classification;
  handlingCode?: HandlingCode;
  releasableToForeign?: boolean;
  sourceReliability?: SourceReliability | null;
  informationAccuracy?: InformationAccuracy | null;
  note?: string | null;
};
