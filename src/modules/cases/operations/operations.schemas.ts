import { z } from 'zod';
import { Version } from '../../../http/common.schemas.ts';
import { AgencySummary, Day } from '../../agencies/index.ts';
import { CRIME_DOMAINS } from '../../agreements/index.ts';
import { Grading, Handling } from '../../sharing/index.ts';
import { CASE_KINDS, CASE_STATUSES, OPERATION_STATUSES, PARTICIPANT_ROLES } from '../case-terms.ts';
import { handlingFields, ParticipantInput } from '../cases.schemas.ts';

export const OperationIdParams = z.strictObject({ operationId: z.uuid() });

const operationFields = {
  codeName: z.string().trim().min(2).max(60),
  startedOn: Day,
  endedOn: Day.nullish(),
  status: z.enum(OPERATION_STATUSES).optional(),
  result: z.string().trim().max(4000).nullish(),
  note: z.string().trim().max(4000).nullish(),
  crimeDomain: z.enum(CRIME_DOMAINS).optional(),
  agencies: z.array(ParticipantInput).max(30).optional(),
  targets: z
    .array(z.strictObject({ personId: z.uuid() }))
    .max(200)
    .optional(),
  ...handlingFields,
};

export const CreateOperationBody = z.strictObject(operationFields);
export type CreateOperationBody = z.infer<typeof CreateOperationBody>;

export const UpdateOperationBody = z.strictObject({
  version: Version,
  ...z.strictObject(operationFields).partial().shape,
});
export type UpdateOperationBody = z.infer<typeof UpdateOperationBody>;

export const OperationListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: z.enum(OPERATION_STATUSES).optional(),
  agency: z.uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type OperationListQuery = z.infer<typeof OperationListQuery>;

const summaryFields = {
  id: z.uuid(),
  ownerAgency: AgencySummary,
  codeName: z.string(),
  startedOn: Day,
  endedOn: Day.nullable(),
  status: z.enum(OPERATION_STATUSES),
  crimeDomain: z.enum(CRIME_DOMAINS),
  grading: Grading,
  handling: Handling,
  version: z.int(),
};

export const OperationPointer = z.object({
  level: z.literal('pointer'),
  id: z.uuid(),
  ownerAgency: AgencySummary,
});
export const OperationSummary = z.object({ level: z.literal('summary'), ...summaryFields });
export const OperationFull = z.object({
  level: z.literal('full'),
  ...summaryFields,
  result: z.string().nullable(),
  note: z.string().nullable(),
  agencies: z.array(z.object({ agency: AgencySummary, role: z.enum(PARTICIPANT_ROLES) })),
  targets: z.array(
    z.object({
      personId: z.uuid(),
      level: z.enum(['pointer', 'summary', 'full']).nullable(),
      fullName: z.string().nullable(),
    }),
  ),
  cases: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(CASE_KINDS),
      title: z.string(),
      occurredOn: Day,
      status: z.enum(CASE_STATUSES),
    }),
  ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const OperationView = z.discriminatedUnion('level', [
  OperationPointer,
  OperationSummary,
  OperationFull,
]);
export type OperationView = z.infer<typeof OperationView>;

const Facet = z.array(z.object({ value: z.string(), count: z.int() }));

export const OperationList = z.object({
  items: z.array(OperationSummary),
  total: z.int(),
  facets: z.object({ statuses: Facet, owners: Facet }),
});
