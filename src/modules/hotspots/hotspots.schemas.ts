import { z } from 'zod';
import { CLASSIFICATIONS, HANDLING_CODES } from '../../db/columns.ts';
import { Version } from '../../http/common.schemas.ts';
import { AgencySummary, Day } from '../agencies/index.ts';
import { Grading, Handling, INFORMATION_ACCURACIES, SOURCE_RELIABILITIES } from '../sharing/index.ts';
import { DRUG_SUBSTANCES } from './drug-substances.ts';
import { HOTSPOT_KINDS, HOTSPOT_PERSON_ROLES } from './hotspots.tables.ts';
import { HOTSPOT_STATUSES, RECHECK_MONTHS } from './lifecycle.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const HotspotIdParams = z.strictObject({ hotspotId: z.uuid() });

export const HotspotPersonInput = z.strictObject({
  personId: z.uuid(),
  role: z.enum(HOTSPOT_PERSON_ROLES),
});

const hotspotFields = {
  externalRef: Text(200).optional(),
  kind: z.enum(HOTSPOT_KINDS),
  name: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).nullish(),
  drugs: z.array(z.enum(DRUG_SUBSTANCES)).max(DRUG_SUBSTANCES.length).optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  address: z.string().trim().max(500).nullish(),
  persons: z.array(HotspotPersonInput).max(50).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  handlingCode: z.enum(HANDLING_CODES).optional(),
  releasableToForeign: z.boolean().optional(),
  sourceReliability: z.enum(SOURCE_RELIABILITIES).nullish(),
  informationAccuracy: z.enum(INFORMATION_ACCURACIES).nullish(),
};

/** A new point or hotspot: reported on `reportedOn` (today unless given, never in the future). */
export const CreateHotspotBody = z.strictObject({ ...hotspotFields, reportedOn: Day.optional() });
export type CreateHotspotBody = z.infer<typeof CreateHotspotBody>;

/** A change of a point or hotspot at the version the writer saw; the lifecycle moves only by a transition. */
export const UpdateHotspotBody = z.strictObject({
  version: Version,
  ...z.strictObject(hotspotFields).omit({ externalRef: true }).partial().shape,
});
export type UpdateHotspotBody = z.infer<typeof UpdateHotspotBody>;

/** A lifecycle move: to a status, on a day (not in the future), why; an elimination may set its re-check delay. */
export const TransitionBody = z.strictObject({
  version: Version,
  to: z.enum(HOTSPOT_STATUSES),
  on: Day,
  reason: z.string().trim().min(3).max(2000),
  recheckMonths: z.int().min(RECHECK_MONTHS.min).max(RECHECK_MONTHS.max).optional(),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

export const HotspotListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(HOTSPOT_KINDS).optional(),
  status: z.enum(HOTSPOT_STATUSES).optional(),
  drug: z.enum(DRUG_SUBSTANCES).optional(),
  province: z.string().trim().max(10).optional(),
  unit: z.string().trim().max(10).optional(),
  zone: z.uuid().optional(),
  owner: z.uuid().optional(),
  /** Only hotspots this person is linked to (read in full). */
  person: z.uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type HotspotListQuery = z.infer<typeof HotspotListQuery>;

export const RecheckQuery = z.strictObject({ until: Day.optional() });

/** Only that the owner holds a record, and whom to ask. */
export const HotspotPointer = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
});

const summaryFields = {
  id: z.uuid(),
  ownerAgency: AgencySummary,
  externalRef: z.string().nullable(),
  kind: z.enum(HOTSPOT_KINDS),
  name: z.string(),
  drugs: z.array(z.enum(DRUG_SUBSTANCES)),
  status: z.enum(HOTSPOT_STATUSES),
  statusOn: Day,
  provinceCode: z.string(),
  communeCode: z.string().nullable(),
  pre2025ProvinceCode: z.string().nullable(),
  unit: z.object({ structure: z.enum(['current', 'pre2025']), code: z.string() }),
  distanceToProvincialBoundaryM: z.int().nullable(),
  nearestProvinceCode: z.string().nullable(),
  distanceToNationalBorderM: z.int().nullable(),
  nationalBorderCountry: z.string().nullable(),
  zoneIds: z.array(z.uuid()),
  recordedOn: Day,
  grading: Grading,
  handling: Handling,
  version: z.int(),
};

/** What a summary share shows: what and roughly where, not the exact place, the people or the file. */
export const HotspotSummary = z.object({ level: z.literal('summary'), ...summaryFields });

/** A linked person as the viewer may see them: the name only when the person record is shared at summary or more. */
export const LinkedPerson = z.object({
  personId: z.uuid(),
  role: z.enum(HOTSPOT_PERSON_ROLES),
  fullName: z.string().nullable(),
});

export const HotspotFull = z.object({
  level: z.literal('full'),
  ...summaryFields,
  description: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  address: z.string().nullable(),
  recheckDueOn: Day.nullable(),
  persons: z.array(LinkedPerson),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const HotspotView = z.discriminatedUnion('level', [HotspotPointer, HotspotSummary, HotspotFull]);
export type HotspotView = z.infer<typeof HotspotView>;

const Facet = z.array(z.object({ value: z.string(), count: z.int() }));

/** A page of the hotspots the viewer reads at summary level or above, with the total and facets over the same set. */
export const HotspotList = z.object({
  items: z.array(z.discriminatedUnion('level', [HotspotSummary, HotspotFull])),
  total: z.int(),
  facets: z.object({ kinds: Facet, statuses: Facet, drugs: Facet, provinces: Facet }),
});

export const TransitionView = z.object({
  id: z.uuid(),
  from: z.enum(HOTSPOT_STATUSES).nullable(),
  to: z.enum(HOTSPOT_STATUSES),
  on: Day,
  reemerged: z.boolean(),
  reason: z.string().nullable(),
  recheckDueOn: Day.nullable(),
  byAgency: AgencySummary,
  recordedAt: z.iso.datetime(),
});

export const HotspotHistory = z.object({ items: z.array(TransitionView) });

export const RecheckList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(HOTSPOT_KINDS),
      name: z.string(),
      status: z.enum(HOTSPOT_STATUSES),
      recheckDueOn: Day,
    }),
  ),
});
