import { z } from 'zod';
import { Version } from '../../../http/common.schemas.ts';
import { AgencySummary, Day } from '../../agencies/index.ts';
import { COMMUNE_DRUG_CLASSES } from './classifications.tables.ts';

export const ClassificationIdParams = z.strictObject({ classificationId: z.uuid() });

const fields = {
  communeCode: z.string().trim().min(1).max(10),
  drugClass: z.enum(COMMUNE_DRUG_CLASSES),
  validFrom: Day,
  validUntil: Day.nullish(),
  decisionRef: z.string().trim().min(3).max(300),
};

/** A commune's class over a period (the end is the first day it no longer holds), and the decision it rests on. */
export const CreateClassificationBody = z.strictObject(fields);
export type CreateClassificationBody = z.infer<typeof CreateClassificationBody>;

export const UpdateClassificationBody = z.strictObject({
  version: Version,
  ...z.strictObject(fields).omit({ communeCode: true }).partial().shape,
});
export type UpdateClassificationBody = z.infer<typeof UpdateClassificationBody>;

export const DeleteClassificationQuery = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 2),
});

export const ClassificationListQuery = z.strictObject({
  commune: z.string().trim().max(10).optional(),
  province: z.string().trim().max(10).optional(),
  on: Day.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ClassificationListQuery = z.infer<typeof ClassificationListQuery>;

export const ClassificationView = z.object({
  id: z.uuid(),
  communeCode: z.string(),
  communeName: z.string().nullable(),
  provinceCode: z.string(),
  drugClass: z.enum(COMMUNE_DRUG_CLASSES),
  validFrom: Day,
  validUntil: Day.nullable(),
  decisionRef: z.string(),
  agency: AgencySummary,
  version: z.int(),
});
export type ClassificationView = z.infer<typeof ClassificationView>;

export const ClassificationList = z.object({ items: z.array(ClassificationView), total: z.int() });
