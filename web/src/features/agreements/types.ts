import type { AgencySummary, HistoryItem } from '../agencies/types';

export const AGREEMENT_KINDS = ['regulation', 'mou', 'minutes', 'plan'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  'draft',
  'signed',
  'in_force',
  'suspended',
  'expired',
  'superseded',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CRIME_DOMAINS = [
  'drugs',
  'criminal',
  'economic',
  'trafficking',
  'smuggling',
  'environment',
  'cyber',
  'food_safety',
  'corruption',
  'fraud',
  'counterfeit',
  'other',
] as const;
export type CrimeDomain = (typeof CRIME_DOMAINS)[number];

export const PARTY_ROLES = ['party', 'host', 'chair', 'lead'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Tells whether a string is one of `values` (for Select values coming back as strings). */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((item) => item === value);

export type PartyView = {
  id: string;
  agency: AgencySummary;
  role: PartyRole;
  signatoryName: string | null;
  signatoryRank: string | null;
  signatoryTitle: string | null;
  note: string | null;
};

/** Calendar days are `YYYY-MM-DD`; `effectiveUntil` is the first day the agreement no longer holds. */
export type AgreementSummary = {
  id: string;
  kind: AgreementKind;
  number: string | null;
  title: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  status: AgreementStatus;
  domains: CrimeDomain[];
  parties: PartyView[];
  version: number;
};

export const RECORD_KINDS = ['persons', 'hotspots', 'cases', 'seizures', 'alerts'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const SHARING_LEVELS = ['pointer', 'summary', 'full'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];
export const REVIEW_KINDS = ['interim_review', 'final_review', 'annual_meeting', 'briefing'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export type Obligation = {
  id: string;
  agencyId: string | null;
  recordKind: RecordKind;
  level: SharingLevel;
  note: string | null;
};

export type Review = {
  id: string;
  kind: ReviewKind;
  everyMonths: number | null;
  fixedOn: string | null;
  lastHeldOn: string | null;
  remindDaysBefore: number;
  note: string | null;
  nextDueOn: string | null;
  upcoming: string[];
};

export type ReplyDeadlines = {
  urgentHours: number | null;
  normalHours: number | null;
  lowHours: number | null;
};

export type AgreementDetail = AgreementSummary & {
  supersededById: string | null;
  approvalAuthority: string | null;
  areaDescription: string | null;
  groupId: string | null;
  zoneIds: string[];
  obligations: Obligation[];
  replyDeadlines: ReplyDeadlines;
  reviews: Review[];
  note: string | null;
  abilities: { canEdit: boolean };
  createdAt: string;
  updatedAt: string;
};

export type AgreementListQuery = {
  agencyId: string | null;
  status: AgreementStatus | null;
  kind: AgreementKind | null;
  domain: CrimeDomain | null;
  inForceOn: string;
};

/** The main fields of `POST /agreements` and `PATCH /agreements/:id`. */
export type AgreementFields = {
  title: string;
  number: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  domains: CrimeDomain[];
  approvalAuthority: string | null;
  areaDescription: string | null;
  note: string | null;
};

export type CreateAgreementBody = AgreementFields & {
  kind: AgreementKind;
  parties: { agencyId: string; role: PartyRole }[];
};

export type SignBody = { version: number; signedOn: string; effectiveFrom?: string | null };

export type StatusBody = {
  version: number;
  status: AgreementStatus;
  on: string;
  supersededById?: string | null;
};

/** `POST /agreements/:id/parties`: one more party, with who signed for it where known. */
export type AddPartyBody = {
  version: number;
  agencyId: string;
  role: PartyRole;
  signatoryName: string | null;
  signatoryRank: string | null;
  signatoryTitle: string | null;
  note: string | null;
};

export type ZonesBody = { version: number; zoneIds: string[]; areaDescription: string | null };

export type ObligationsBody = {
  version: number;
  obligations: Omit<Obligation, 'id'>[];
  replyDeadlines: ReplyDeadlines;
};

/** A review as `PUT /reviews` takes it: exactly one of `everyMonths` and `fixedOn`. */
export type ReviewBody = Pick<
  Review,
  'kind' | 'everyMonths' | 'fixedOn' | 'lastHeldOn' | 'remindDaysBefore' | 'note'
>;

export type ReviewsBody = { version: number; reviews: ReviewBody[] };

/** A signed document's metadata; the PDF itself is downloaded from its own path. */
export type AgreementDocument = {
  id: string;
  agreementId: string;
  filename: string;
  byteSize: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
};

/** One change in an agreement's history (the shape every record's history has). */
export type AgreementHistoryItem = HistoryItem;
