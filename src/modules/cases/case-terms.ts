import type { CrimeDomain } from '../agreements/index.ts';

/** An incident ("vụ việc", not yet prosecuted) or a criminal case ("vụ án", prosecuted under an article). */
export const CASE_KINDS = ['incident', 'criminal_case'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['open', 'investigating', 'prosecuted', 'suspended', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a participating force did in a case or a special operation; the lead is the owner. */
export const PARTICIPANT_ROLES = [
  'co_investigating',
  'arresting',
  'intelligence',
  'border_control',
  'support',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** How a person is involved in a case. */
export const CASE_PERSON_ROLES = ['arrested', 'suspect', 'witness'] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

/**
 * The offences a case may name: the articles of the Criminal Code (Bộ luật Hình sự 2015, amended 2017) on drug
 * crime, chapter XX, articles 247–259, and a few others the border regulations name; `other` for the rest.
 * The titles in vi, en and lo are the web app's (`cases.offences.<code>`); docs/cases.md lists them.
 */
export const OFFENCES = {
  'blhs-247': 'drugs',
  'blhs-248': 'drugs',
  'blhs-249': 'drugs',
  'blhs-250': 'drugs',
  'blhs-251': 'drugs',
  'blhs-252': 'drugs',
  'blhs-253': 'drugs',
  'blhs-254': 'drugs',
  'blhs-255': 'drugs',
  'blhs-256': 'drugs',
  'blhs-257': 'drugs',
  'blhs-258': 'drugs',
  'blhs-259': 'drugs',
  'blhs-150': 'trafficking',
  'blhs-188': 'smuggling',
  'blhs-304': 'criminal',
  other: 'other',
} as const satisfies Record<string, CrimeDomain>;
export type Offence = keyof typeof OFFENCES;
export const OFFENCE_CODES = Object.keys(OFFENCES) as [Offence, ...Offence[]];

export const OPERATION_STATUSES = ['active', 'solved', 'suspended', 'closed'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];
