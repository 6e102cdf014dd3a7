import type { AgencySummary } from '../agencies/types';
import type { Facet } from '../persons/types';

export const HOTSPOT_KINDS = ['point', 'hotspot'] as const;
export type HotspotKind = (typeof HOTSPOT_KINDS)[number];

export const HOTSPOT_STATUSES = [
  'reported',
  'verified',
  'under_surveillance',
  'eliminated',
  'recheck',
  'closed',
] as const;
export type HotspotStatus = (typeof HOTSPOT_STATUSES)[number];

/** The moves the server allows from each status (src/modules/hotspots/lifecycle.ts), to offer only those. */
export const NEXT_STATUSES: Record<HotspotStatus, readonly HotspotStatus[]> = {
  reported: ['verified', 'closed'],
  verified: ['under_surveillance', 'eliminated', 'closed'],
  under_surveillance: ['verified', 'eliminated', 'closed'],
  eliminated: ['recheck', 'verified'],
  recheck: ['verified', 'closed'],
  closed: [],
};

export const DRUG_SUBSTANCES = [
  'heroin',
  'methamphetamine_crystal',
  'synthetic_pills',
  'cannabis',
  'opium',
  'ketamine',
  'cocaine',
  'precursors',
  'other',
] as const;
export type DrugSubstance = (typeof DRUG_SUBSTANCES)[number];

export const HOTSPOT_PERSON_ROLES = ['organiser', 'owner', 'seller', 'user', 'associate'] as const;

export type HotspotPointer = { level: 'pointer'; id: string; ownerAgency: AgencySummary };

export type HotspotSummary = {
  level: 'summary';
  id: string;
  ownerAgency: AgencySummary;
  externalRef: string | null;
  kind: HotspotKind;
  name: string;
  drugs: DrugSubstance[];
  status: HotspotStatus;
  statusOn: string;
  provinceCode: string;
  communeCode: string | null;
  pre2025ProvinceCode: string | null;
  unit: { structure: 'current' | 'pre2025'; code: string };
  distanceToProvincialBoundaryM: number | null;
  nearestProvinceCode: string | null;
  distanceToNationalBorderM: number | null;
  nationalBorderCountry: string | null;
  zoneIds: string[];
  recordedOn: string;
  version: number;
};

export type HotspotFull = Omit<HotspotSummary, 'level'> & {
  level: 'full';
  description: string | null;
  lat: number;
  lon: number;
  address: string | null;
  recheckDueOn: string | null;
  persons: { personId: string; role: (typeof HOTSPOT_PERSON_ROLES)[number]; fullName: string | null }[];
};

export type HotspotView = HotspotPointer | HotspotSummary | HotspotFull;
export type HotspotListItem = HotspotSummary | HotspotFull;

export type HotspotList = {
  items: HotspotListItem[];
  total: number;
  facets: { kinds: Facet; statuses: Facet; drugs: Facet; provinces: Facet };
};

export type HotspotListQuery = {
  q: string;
  kind: HotspotKind | null;
  status: HotspotStatus | null;
  drug: DrugSubstance | null;
  province: string | null;
  from: string | null;
  to: string | null;
  offset: number;
};

export type Transition = {
  id: string;
  from: HotspotStatus | null;
  to: HotspotStatus;
  on: string;
  reemerged: boolean;
  reason: string | null;
  recheckDueOn: string | null;
  byAgency: AgencySummary;
  recordedAt: string;
};

export type CreateHotspotBody = {
  kind: HotspotKind;
  name: string;
  description?: string | null;
  drugs: DrugSubstance[];
  lat: number;
  lon: number;
  address?: string | null;
  reportedOn?: string;
};

export type TransitionBody = {
  version: number;
  to: HotspotStatus;
  on: string;
  reason: string;
  recheckMonths?: number;
};

export type Recheck = {
  id: string;
  kind: HotspotKind;
  name: string;
  status: HotspotStatus;
  recheckDueOn: string;
};
