import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { calendarDay, stampColumns } from '../../../db/columns.ts';

/** Decision 28/2025 classes of a commune by its drug situation: types I to III, or drug-free ("xã không ma túy"). */
export const COMMUNE_DRUG_CLASSES = ['type_1', 'type_2', 'type_3', 'drug_free'] as const;
export type CommuneDrugClass = (typeof COMMUNE_DRUG_CLASSES)[number];

/**
 * The drug class of a current commune over a half-open period of days (`valid_until` is the first day it no longer
 * holds; null is open), recorded by an agency whose jurisdiction holds the commune, with the decision it rests on.
 */
export const communeDrugClassifications = pgTable(
  'commune_drug_classifications',
  {
    id: uuid('id').primaryKey(),
    communeCode: text('commune_code').notNull(),
    provinceCode: text('province_code').notNull(),
    drugClass: text('drug_class', { enum: COMMUNE_DRUG_CLASSES }).notNull(),
    validFrom: calendarDay('valid_from').notNull(),
    validUntil: calendarDay('valid_until'),
    decisionRef: text('decision_ref').notNull(),
    agencyId: uuid('agency_id').notNull(),
    ...stampColumns(),
  },
  (t) => [
    index('commune_drug_classifications_commune_idx').on(t.communeCode, t.validFrom),
    index('commune_drug_classifications_province_idx').on(t.provinceCode),
  ],
);

export type CommuneDrugClassificationRow = typeof communeDrugClassifications.$inferSelect;
