import type { AgencySummary } from '../agencies/types';
import type { CrimeDomain } from '../agreements/types';
import type { Structure } from '../geo/types';
import type { Classification, Facet, Grading, Handling, HandlingCode } from '../persons/types';

// Mirrors of src/modules/cases/case-terms.ts and seizures/substances.ts (the server checks every value again).
export const CASE_KINDS = ['incident', 'criminal_case'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_STATUSES = ['open', 'investigating', 'prosecuted', 'suspended', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const PARTICIPANT_ROLES = [
  'co_investigating',
  'arresting',
  'intelligence',
  'border_control',
  'support',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const CASE_PERSON_ROLES = ['arrested', 'suspect', 'witness'] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];
export const OFFENCES = [
  'blhs-247',
  'blhs-248',
  'blhs-249',
  'blhs-250',
  'blhs-251',
  'blhs-252',
  'blhs-253',
  'blhs-254',
  'blhs-255',
  'blhs-256',
  'blhs-257',
  'blhs-258',
  'blhs-259',
  'blhs-150',
  'blhs-188',
  'blhs-304',
  'other',
] as const;
export type Offence = (typeof OFFENCES)[number];
export const OPERATION_STATUSES = ['active', 'solved', 'suspended', 'closed'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const SUBSTANCES = [
  'heroin',
  'methamphetamine',
  'synthetic_pills',
  'cannabis',
  'opium',
  'ketamine',
  'cocaine',
  'precursors',
  'other',
] as const;
export type Substance = (typeof SUBSTANCES)[number];
export const QUANTITY_UNITS = ['kg', 'g', 'pills', 'plants', 'litres'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/** The units each substance may be counted in (the server's table, so the form offers only those). */
export const ALLOWED_UNITS: Record<Substance, readonly QuantityUnit[]> = {
  heroin: ['kg', 'g'],
  methamphetamine: ['kg', 'g'],
  synthetic_pills: ['pills', 'kg', 'g'],
  cannabis: ['kg', 'g', 'plants'],
  opium: ['kg', 'g', 'plants'],
  ketamine: ['kg', 'g'],
  cocaine: ['kg', 'g'],
  precursors: ['kg', 'g', 'litres'],
  other: ['kg', 'g', 'litres'],
};
export const EXHIBIT_KINDS = ['weapon', 'vehicle', 'cash', 'phone', 'other'] as const;
export type ExhibitKind = (typeof EXHIBIT_KINDS)[number];
export const CURRENCIES = ['VND', 'LAK', 'USD', 'THB', 'CNY', 'KHR'] as const;
export type Currency = (typeof CURRENCIES)[number];

type Shared = {
  id: string;
  ownerAgency: AgencySummary;
  grading: Grading;
  handling: Handling;
  version: number;
};
type Pointer = { level: 'pointer'; id: string; ownerAgency: AgencySummary };

export type CaseSummary = Shared & {
  level: 'summary';
  externalRef: string | null;
  kind: CaseKind;
  title: string;
  occurredOn: string;
  provinceCode: string | null;
  crimeDomain: CrimeDomain;
  offence: Offence | null;
  status: CaseStatus;
};
export type CasePerson = {
  personId: string;
  role: CasePersonRole;
  level: 'pointer' | 'summary' | 'full' | null;
  fullName: string | null;
};
export type Participant = { agency: AgencySummary; role: ParticipantRole };
export type CaseFull = Omit<CaseSummary, 'level'> & {
  level: 'full';
  place: {
    structure: Structure;
    unitCode: string;
    detail: string | null;
    lat: number | null;
    lon: number | null;
  };
  summary: string | null;
  operationId: string | null;
  hotspotId: string | null;
  agencies: Participant[];
  persons: CasePerson[];
  zoneIds: string[];
  createdAt: string;
  updatedAt: string;
};
export type CaseView = Pointer | CaseSummary | CaseFull;
export type CaseList = {
  items: CaseSummary[];
  total: number;
  facets: { kinds: Facet; statuses: Facet; offences: Facet; owners: Facet };
};
export type CaseListQuery = {
  q: string;
  kind: CaseKind | null;
  status: CaseStatus | null;
  offence: Offence | null;
  from: string;
  to: string;
  offset: number;
};

export type HandlingBody = {
  classification: Classification;
  handlingCode: HandlingCode;
  releasableToForeign: boolean;
};

export type CreateCaseBody = HandlingBody & {
  kind: CaseKind;
  title: string;
  occurredOn: string;
  place: { structure: Structure; unitCode: string; detail?: string | null };
  offence?: Offence | null;
  status?: CaseStatus;
  summary?: string | null;
  operationId?: string | null;
  agencies?: { agencyId: string; role: ParticipantRole }[];
  persons?: { personId: string; role: CasePersonRole }[];
};

export type OperationSummary = Shared & {
  level: 'summary';
  codeName: string;
  startedOn: string;
  endedOn: string | null;
  status: OperationStatus;
  crimeDomain: CrimeDomain;
};
export type OperationFull = Omit<OperationSummary, 'level'> & {
  level: 'full';
  result: string | null;
  note: string | null;
  agencies: Participant[];
  targets: Omit<CasePerson, 'role'>[];
  cases: { id: string; kind: CaseKind; title: string; occurredOn: string; status: CaseStatus }[];
  createdAt: string;
  updatedAt: string;
};
export type OperationView = Pointer | OperationSummary | OperationFull;
export type OperationList = {
  items: OperationSummary[];
  total: number;
  facets: { statuses: Facet; owners: Facet };
};
export type CreateOperationBody = HandlingBody & {
  codeName: string;
  startedOn: string;
  endedOn?: string | null;
  status?: OperationStatus;
  result?: string | null;
  agencies?: { agencyId: string; role: ParticipantRole }[];
  targets?: { personId: string }[];
};

export type Exhibit = {
  kind: ExhibitKind;
  description: string;
  count?: number | null;
  amount?: number | null;
  currency?: Currency | null;
};
export type SeizureSummary = Shared & {
  level: 'summary';
  caseId: string;
  seizedOn: string;
  substance: Substance | null;
  quantity: number | null;
  unit: QuantityUnit | null;
  provinceCode: string | null;
  credited: { agency: AgencySummary; role: 'lead' | 'joint' }[];
};
export type Custody = {
  seq: number;
  holderAgency: AgencySummary;
  holderUnit: string | null;
  holderPerson: string | null;
  since: string;
  note: string | null;
  recordedAt: string;
};
export type SeizureFull = Omit<SeizureSummary, 'level'> & {
  level: 'full';
  exhibits: Exhibit[];
  note: string | null;
  custody: Custody[];
  zoneIds: string[];
  createdAt: string;
  updatedAt: string;
};
export type SeizureView = Pointer | SeizureSummary | SeizureFull;
export type SeizureList = {
  items: SeizureSummary[];
  total: number;
  facets: { substances: Facet; units: Facet; owners: Facet };
};
export type CreateSeizureBody = {
  seizedOn: string;
  substance?: Substance | null;
  quantity?: number | null;
  unit?: QuantityUnit | null;
  exhibits?: Exhibit[];
  note?: string | null;
  agencies?: { agencyId: string }[];
  holderUnit?: string | null;
  holderPerson?: string | null;
};
export type HandoverBody = {
  toAgencyId: string;
  holderUnit?: string | null;
  holderPerson?: string | null;
  since: string;
  note?: string | null;
};

export type Amount = {
  substance: Substance;
  unit: QuantityUnit;
  seizures: number;
  amount: number;
  kgEquivalent: number | null;
};
export type SeizureTotals = {
  seizures: number;
  rows: Amount[];
  substances: {
    substance: Substance;
    kgEquivalent: number | null;
    unconverted: { unit: QuantityUnit; amount: number }[];
  }[];
  credits: { agency: AgencySummary; seizures: number; rows: Amount[] }[];
  conversions: { unit: QuantityUnit; kgPerUnit: number | null }[];
};
export type TotalsQuery = { from: string; to: string; substance: Substance | null };
