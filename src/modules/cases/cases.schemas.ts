import { z } from 'zod';
import { CLASSIFICATIONS, HANDLING_CODES } from '../../db/columns.ts';
import { Version } from '../../http/common.schemas.ts';
import { AgencySummary, Day } from '../agencies/index.ts';
import { CRIME_DOMAINS } from '../agreements/index.ts';
import { Grading, Handling, INFORMATION_ACCURACIES, SOURCE_RELIABILITIES } from '../sharing/index.ts';
import {
  CASE_KINDS,
  CASE_PERSON_ROLES,
  CASE_STATUSES,
  OFFENCE_CODES,
  PARTICIPANT_ROLES,
} from './case-terms.ts';

const ShortText = z.string().trim().min(1).max(200);
const LongText = z.string().trim().max(4000);

export const CaseIdParams = z.strictObject({ caseId: z.uuid() });

/** Where a case happened: an administrative unit (either structure), an optional point and address detail. */
export const PlaceInput = z.strictObject({
  structure: z.enum(['current', 'pre2025']),
  unitCode: z.string().trim().min(1).max(20),
  detail: z.string().trim().max(500).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
});
export type PlaceInput = z.infer<typeof PlaceInput>;

export const ParticipantInput = z.strictObject({ agencyId: z.uuid(), role: z.enum(PARTICIPANT_ROLES) });
export const CasePersonInput = z.strictObject({ personId: z.uuid(), role: z.enum(CASE_PERSON_ROLES) });

/** The handling marks and grade every shared record takes on write. */
export const handlingFields = {
  classification: z.enum(CLASSIFICATIONS).optional(),
  handlingCode: z.enum(HANDLING_CODES).optional(),
  releasableToForeign: z.boolean().optional(),
  sourceReliability: z.enum(SOURCE_RELIABILITIES).nullish(),
  informationAccuracy: z.enum(INFORMATION_ACCURACIES).nullish(),
};

const caseFields = {
  externalRef: ShortText.nullish(),
  kind: z.enum(CASE_KINDS),
  title: z.string().trim().min(3).max(300),
  occurredOn: Day,
  place: PlaceInput,
  crimeDomain: z.enum(CRIME_DOMAINS).optional(),
  offence: z.enum(OFFENCE_CODES).nullish(),
  status: z.enum(CASE_STATUSES).optional(),
  summary: LongText.nullish(),
  operationId: z.uuid().nullish(),
  hotspotId: z.uuid().nullish(),
  agencies: z.array(ParticipantInput).max(30).optional(),
  persons: z.array(CasePersonInput).max(200).optional(),
  ...handlingFields,
};

export const CreateCaseBody = z.strictObject(caseFields);
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = z.strictObject({
  version: Version,
  ...z.strictObject(caseFields).partial().shape,
});
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;

export const CaseListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  offence: z.enum(OFFENCE_CODES).optional(),
  province: z.string().trim().max(10).optional(),
  agency: z.uuid().optional(),
  operationId: z.uuid().optional(),
  personId: z.uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

/** A person of a case as the viewer may read that person: a name only where the persons policy gives a summary. */
export const CasePersonView = z.object({
  personId: z.uuid(),
  role: z.enum(CASE_PERSON_ROLES),
  level: z.enum(['pointer', 'summary', 'full']).nullable(),
  fullName: z.string().nullable(),
});

export const CasePointer = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
});

const summaryFields = {
  id: z.uuid(),
  ownerAgency: AgencySummary,
  externalRef: z.string().nullable(),
  kind: z.enum(CASE_KINDS),
  title: z.string(),
  occurredOn: Day,
  provinceCode: z.string().nullable(),
  crimeDomain: z.enum(CRIME_DOMAINS),
  offence: z.enum(OFFENCE_CODES).nullable(),
  status: z.enum(CASE_STATUSES),
  grading: Grading,
  handling: Handling,
  version: z.int(),
};

export const CaseSummary = z.object({ level: z.literal('summary'), ...summaryFields });

export const CaseFull = z.object({
  level: z.literal('full'),
  ...summaryFields,
  place: z.object({
    structure: z.enum(['current', 'pre2025']),
    unitCode: z.string(),
    detail: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  }),
  summary: z.string().nullable(),
  operationId: z.uuid().nullable(),
  hotspotId: z.uuid().nullable(),
  agencies: z.array(z.object({ agency: AgencySummary, role: z.enum(PARTICIPANT_ROLES) })),
  persons: z.array(CasePersonView),
  zoneIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const CaseView = z.discriminatedUnion('level', [CasePointer, CaseSummary, CaseFull]);
export type CaseView = z.infer<typeof CaseView>;

const Facet = z.array(z.object({ value: z.string(), count: z.int() }));

/** A page of the cases the viewer reads at summary or full level, with the total and facets over the same set. */
export const CaseList = z.object({
  items: z.array(CaseSummary),
  total: z.int(),
  facets: z.object({ kinds: Facet, statuses: Facet, offences: Facet, owners: Facet }),
});
