import { z } from 'zod';
import { Version } from '../../../http/common.schemas.ts';
import { AgencySummary, Day } from '../../agencies/index.ts';
import { Grading, Handling } from '../../sharing/index.ts';
import { handlingFields } from '../cases.schemas.ts';
import { CURRENCIES, EXHIBIT_KINDS } from './seizures.tables.ts';
import { QUANTITY_UNITS, SUBSTANCES } from './substances.ts';

export const SeizureIdParams = z.strictObject({ seizureId: z.uuid() });
export const CaseSeizureParams = z.strictObject({ caseId: z.uuid() });

/** An exhibit; cash states its amount and currency. */
export const ExhibitInput = z
  .strictObject({
    kind: z.enum(EXHIBIT_KINDS),
    description: z.string().trim().min(1).max(500),
    count: z.int().min(1).max(100_000).nullish(),
    amount: z.number().positive().max(1e13).nullish(),
    currency: z.enum(CURRENCIES).nullish(),
  })
  .superRefine((exhibit, ctx) => {
    if (exhibit.kind !== 'cash') return;
    if (exhibit.amount == null) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'required' });
    if (exhibit.currency == null) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'required' });
  });

const seizureFields = {
  seizedOn: Day,
  substance: z.enum(SUBSTANCES).nullish(),
  quantity: z.number().nullish(),
  unit: z.enum(QUANTITY_UNITS).nullish(),
  exhibits: z.array(ExhibitInput).max(50).optional(),
  note: z.string().trim().max(4000).nullish(),
  /** The other forces credited with a joint seizure (the recording force is always credited). */
  agencies: z
    .array(z.strictObject({ agencyId: z.uuid() }))
    .max(20)
    .optional(),
  ...handlingFields,
};

export const CreateSeizureBody = z.strictObject({
  ...seizureFields,
  /** Who first holds the exhibits within the seizing force. */
  holderUnit: z.string().trim().min(1).max(200).nullish(),
  holderPerson: z.string().trim().min(1).max(200).nullish(),
});
export type CreateSeizureBody = z.infer<typeof CreateSeizureBody>;

export const UpdateSeizureBody = z.strictObject({
  version: Version,
  ...z.strictObject(seizureFields).partial().shape,
});
export type UpdateSeizureBody = z.infer<typeof UpdateSeizureBody>;

export const HandoverBody = z.strictObject({
  toAgencyId: z.uuid(),
  holderUnit: z.string().trim().min(1).max(200).nullish(),
  holderPerson: z.string().trim().min(1).max(200).nullish(),
  since: Day,
  note: z.string().trim().max(2000).nullish(),
});
export type HandoverBody = z.infer<typeof HandoverBody>;

export const SeizureListQuery = z.strictObject({
  caseId: z.uuid().optional(),
  substance: z.enum(SUBSTANCES).optional(),
  unit: z.enum(QUANTITY_UNITS).optional(),
  agency: z.uuid().optional(),
  zone: z.uuid().optional(),
  province: z.string().trim().max(10).optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type SeizureListQuery = z.infer<typeof SeizureListQuery>;

export const TotalsQuery = SeizureListQuery.omit({ limit: true, offset: true, unit: true });
export type TotalsQuery = z.infer<typeof TotalsQuery>;

const Exhibit = z.object({
  kind: z.enum(EXHIBIT_KINDS),
  description: z.string(),
  count: z.number().nullish(),
  amount: z.number().nullish(),
  currency: z.enum(CURRENCIES).nullish(),
});

const summaryFields = {
  id: z.uuid(),
  ownerAgency: AgencySummary,
  caseId: z.uuid(),
  seizedOn: Day,
  substance: z.enum(SUBSTANCES).nullable(),
  quantity: z.number().nullable(),
  unit: z.enum(QUANTITY_UNITS).nullable(),
  provinceCode: z.string().nullable(),
  credited: z.array(z.object({ agency: AgencySummary, role: z.enum(['lead', 'joint']) })),
  grading: Grading,
  handling: Handling,
  version: z.int(),
};

export const SeizurePointer = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
});
export const SeizureSummary = z.object({ level: z.literal('summary'), ...summaryFields });
export const CustodyView = z.object({
  seq: z.int(),
  holderAgency: AgencySummary,
  holderUnit: z.string().nullable(),
  holderPerson: z.string().nullable(),
  since: Day,
  note: z.string().nullable(),
  recordedAt: z.iso.datetime(),
});
export const SeizureFull = z.object({
  level: z.literal('full'),
  ...summaryFields,
  exhibits: z.array(Exhibit),
  note: z.string().nullable(),
  custody: z.array(CustodyView),
  zoneIds: z.array(z.uuid()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const SeizureView = z.discriminatedUnion('level', [SeizurePointer, SeizureSummary, SeizureFull]);
export type SeizureView = z.infer<typeof SeizureView>;

const Facet = z.array(z.object({ value: z.string(), count: z.int() }));

export const SeizureList = z.object({
  items: z.array(SeizureSummary),
  total: z.int(),
  facets: z.object({ substances: Facet, units: Facet, owners: Facet }),
});

const Amount = z.object({
  substance: z.enum(SUBSTANCES),
  unit: z.enum(QUANTITY_UNITS),
  seizures: z.int(),
  amount: z.number(),
  kgEquivalent: z.number().nullable(),
});

/** Totals per substance and unit (never across units), each seizure once; the credit of each force beside them. */
export const SeizureTotals = z.object({
  seizures: z.int(),
  rows: z.array(Amount),
  substances: z.array(
    z.object({
      substance: z.enum(SUBSTANCES),
      kgEquivalent: z.number().nullable(),
      unconverted: z.array(z.object({ unit: z.enum(QUANTITY_UNITS), amount: z.number() })),
    }),
  ),
  credits: z.array(z.object({ agency: AgencySummary, seizures: z.int(), rows: z.array(Amount) })),
  conversions: z.array(z.object({ unit: z.enum(QUANTITY_UNITS), kgPerUnit: z.number().nullable() })),
});
export type SeizureTotals = z.infer<typeof SeizureTotals>;
