import type { AgencySummary } from '../agencies/types';
import type { PersonListItem, PersonView, Sex } from './types';

/** Why a search hit or a possible match was ranked where it is; each has `persons.reason.<reason>`. */
export const MATCH_REASONS = [
  'exact',
  'folded_equal',
  'order_swapped',
  'typo',
  'surname_variant',
  'missing_middle_name',
  'missing_surname',
  'surname_differs',
  'middle_differs',
  'given_differs',
  'alias',
  'id_number',
  'birth_year_agrees',
  'birth_year_differs',
  'sex_agrees',
  'sex_differs',
  'province_agrees',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** `GET /api/persons/search`: the name (or alias, or identity number) typed, and the filters passed through. */
export type PersonSearchQuery = {
  q: string;
  sex: Sex | null;
  birthYear: number | null;
  birthYearFrom: number | null;
  birthYearTo: number | null;
  province: string | null;
};

/** A hit the user may not read: only that the owner holds a record that may match, and whom to ask. */
export type PointerHit = { level: 'pointer'; id: string; ownerAgency: AgencySummary; score: number };

/** A hit the user reads at summary or full level; `score` is in [0, 1]. */
export type ReadableHit = {
  level: 'summary' | 'full';
  score: number;
  reasons: MatchReason[];
  person: PersonListItem;
};

export type PersonHit = PointerHit | ReadableHit;

export type FieldVerdict = 'agrees' | 'disagrees' | 'unknown';
export const MATCH_STATUSES = ['possible', 'confirmed', 'rejected'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Which fields of two records agree; `surnameShare` is the share of the population with that surname (0..1). */
export type MatchExplanation = {
  name: { score: number; reasons: string[] };
  birthDate: FieldVerdict;
  sex: FieldVerdict;
  idNumber: FieldVerdict;
  province: FieldVerdict;
  surnameShare: number;
};

/** A possible same-person link between a record and one of another force; no explanation when `other` is a pointer. */
export type PersonMatch = {
  id: string;
  score: number;
  status: MatchStatus;
  foundAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  explanation: MatchExplanation | null;
  other: PersonView;
};

/** `POST /api/persons/matches/:matchId/decision`. */
export type MatchDecision = { matchId: string; status: 'confirmed' | 'rejected'; note?: string };
