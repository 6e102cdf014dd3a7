import type { Structure } from '../geo/types';

export const AGENCY_KINDS = [
  'ministry',
  'department',
  'provincial',
  'division',
  'commune',
  'border_guard',
  'foreign',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Tells whether a string is one of the agency kinds. */
export const isAgencyKind = (value: unknown): value is AgencyKind =>
  AGENCY_KINDS.some((kind) => kind === value);

export type AgencyStatus = 'active' | 'dissolved' | 'future';

/** Calendar days are `YYYY-MM-DD`; `validUntil` is the first day a fact no longer holds. */
export type AgencySummary = {
  id: string;
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameLocal: string | null;
  localLanguage: string | null;
  nameEn: string | null;
  country: string;
  parentId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  status: AgencyStatus;
  version: number;
};

export type JurisdictionPeriod = {
  id: string;
  structure: Structure;
  unitCode: string;
  unitName: string | null;
  validFrom: string | null;
  validUntil: string | null;
};

export const SUCCESSION_KINDS = ['merged_into', 'split_into', 'renamed'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export type Succession = {
  id: string;
  kind: SuccessionKind;
  date: string;
  note: string | null;
  agency: AgencySummary;
};

export const CONTACT_KINDS = ['duty_desk', 'liaison_officer'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export type Contact = {
  id: string;
  agencyId: string;
  kind: ContactKind;
  name: string;
  rank: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  validFrom: string | null;
  validUntil: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type ContactFields = {
  kind: ContactKind;
  name: string;
  rank: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  validFrom: string | null;
  validUntil: string | null;
};

export type GroupKind = 'cluster' | 'route';

export type AgencyDetail = AgencySummary & {
  at: string;
  parent: AgencySummary | null;
  children: AgencySummary[];
  jurisdiction: {
    structure: Structure;
    units: { structure: Structure; unitCode: string; unitName: string | null; derived: boolean }[];
  };
  jurisdictionHistory: JurisdictionPeriod[];
  predecessors: Succession[];
  successors: Succession[];
  contacts: Contact[];
  groups: {
    id: string;
    kind: GroupKind;
    code: string;
    nameVi: string;
    validFrom: string | null;
    validUntil: string | null;
  }[];
  abilities: { canEditRegistry: boolean; canManageContacts: boolean };
  createdAt: string;
  updatedAt: string;
};

export type AgencyListQuery = {
  q: string;
  kind: AgencyKind | null;
  status: AgencyStatus | null;
  offset: number;
};

export type AgencyFields = {
  nameVi: string;
  nameLocal: string | null;
  localLanguage: string | null;
  nameEn: string | null;
  parentId: string | null;
  validFrom: string | null;
  validUntil: string | null;
};

export type CreateAgencyBody = AgencyFields & { code: string; kind: AgencyKind; country: string };

export type GroupSummary = {
  id: string;
  kind: GroupKind;
  code: string;
  nameVi: string;
  nameEn: string | null;
  description: string | null;
  agreementRef: string | null;
  version: number;
};

export type Membership = {
  id: string;
  agency: AgencySummary;
  validFrom: string | null;
  validUntil: string | null;
};

export type Handover = {
  conferenceName: string;
  conferenceDate: string | null;
  conferencePlace: string | null;
};

export type ChairTerm = {
  id: string;
  agency: AgencySummary;
  startsOn: string;
  endsOn: string | null;
  handover: Handover | null;
  note: string | null;
};

export type GroupDetail = GroupSummary & {
  at: string;
  members: Membership[];
  memberships: Membership[];
  chairTerms: ChairTerm[];
  currentChair: ChairTerm | null;
  abilities: { canEditRegistry: boolean };
  createdAt: string;
  updatedAt: string;
};

export type ChairTermBody = {
  version: number;
  agencyId: string;
  startsOn: string;
  endsOn?: string | null;
  handover?: Handover;
  note?: string;
};

export type AddMemberBody = {
  version: number;
  agencyId: string;
  validFrom: string | null;
  validUntil: string | null;
};

export type CreateGroupBody = {
  kind: GroupKind;
  code: string;
  nameVi: string;
  nameEn: string | null;
  description: string | null;
  agreementRef: string | null;
};

/** `PUT /agencies/:id/jurisdiction`: every jurisdiction row, replacing the ones the agency had. */
export type JurisdictionBody = {
  version: number;
  units: {
    structure: Structure;
    unitCode: string;
    validFrom: string | null;
    validUntil: string | null;
  }[];
};

/** `POST /agencies/:id/successions`: what the agency became on a day. */
export type SuccessionBody = {
  version: number;
  kind: SuccessionKind;
  date: string;
  successorIds: string[];
  note?: string;
};

/** `PATCH /groups/:groupId/members/:membershipId`: a membership's period, guarded by the group's version. */
export type UpdateMembershipBody = {
  version: number;
  validFrom: string | null;
  validUntil: string | null;
};

/**
 * One change in a record's history (`GET …/history`, from the audit log): `agency` made it (null for the system:
 * the demo seed, the CLI), `receivingAgency` is where a share or forward went, `justification` the reason given.
 */
export type HistoryItem = {
  at: string;
  action: string;
  event: string | null;
  agency: AgencySummary | null;
  receivingAgency: AgencySummary | null;
  justification: string | null;
};
