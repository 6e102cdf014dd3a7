import { z } from 'zod';
import { AGENCY_KINDS, CONTACT_KINDS, STRUCTURES, SUCCESSION_KINDS } from './agencies.tables.ts';

/** A calendar day, `YYYY-MM-DD`. */
export const Day = z.iso.date();
export const Structure = z.enum(STRUCTURES);
export const AgencyKind = z.enum(AGENCY_KINDS);

import { Version } from '../../http/common.schemas.ts';

export { Version };

const Name = z.string().trim().min(1).max(300);
const LanguageCode = z.string().regex(/^[a-z]{2,3}$/);
export const AgencyCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/);
export const UnitCode = z.string().regex(/^[0-9A-Z][0-9A-Z-]{1,11}$/);

export const AgencyIdParams = z.strictObject({ agencyId: z.uuid() });
export const AtQuery = z.strictObject({ at: Day.optional(), structure: Structure.optional() });
export type AtQuery = z.infer<typeof AtQuery>;

export const AgencyStatus = z.enum(['active', 'dissolved', 'future']);

export const AgencyListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: AgencyKind.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  parentId: z.uuid().optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  structure: Structure.optional(),
  at: Day.optional(),
  status: AgencyStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuery>;

const periodFields = { validFrom: Day.nullable().optional(), validUntil: Day.nullable().optional() };

export const CreateAgencyBody = z.strictObject({
  code: AgencyCode,
  kind: AgencyKind,
  nameVi: Name,
  nameLocal: Name.nullable().optional(),
  localLanguage: LanguageCode.nullable().optional(),
  nameEn: Name.nullable().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('VN'),
  parentId: z.uuid().nullable().optional(),
  ...periodFields,
});
export type CreateAgencyBody = z.infer<typeof CreateAgencyBody>;

export const UpdateAgencyBody = z.strictObject({
  version: Version,
  nameVi: Name.optional(),
  nameLocal: Name.nullable().optional(),
  localLanguage: LanguageCode.nullable().optional(),
  nameEn: Name.nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  ...periodFields,
});
export type UpdateAgencyBody = z.infer<typeof UpdateAgencyBody>;

export const JurisdictionBody = z.strictObject({
  version: Version,
  units: z.array(z.strictObject({ structure: Structure, unitCode: UnitCode, ...periodFields })).max(500),
});
export type JurisdictionBody = z.infer<typeof JurisdictionBody>;

export const SuccessionBody = z.strictObject({
  version: Version,
  kind: z.enum(SUCCESSION_KINDS),
  date: Day,
  successorIds: z.array(z.uuid()).min(1).max(20),
  note: z.string().trim().max(1000).optional(),
});
export type SuccessionBody = z.infer<typeof SuccessionBody>;

const NullableDay = Day.nullable();

export const AgencySummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: AgencyKind,
  nameVi: z.string(),
  nameLocal: z.string().nullable(),
  localLanguage: z.string().nullable(),
  nameEn: z.string().nullable(),
  country: z.string(),
  parentId: z.uuid().nullable(),
  validFrom: NullableDay,
  validUntil: NullableDay,
  status: AgencyStatus,
  version: z.int(),
});
export type AgencySummary = z.infer<typeof AgencySummary>;

export const AgencyList = z.object({ items: z.array(AgencySummary), total: z.int() });
export type AgencyList = z.infer<typeof AgencyList>;

export const JurisdictionPeriod = z.object({
  id: z.uuid(),
  structure: Structure,
  unitCode: z.string(),
  unitName: z.string().nullable(),
  validFrom: NullableDay,
  validUntil: NullableDay,
});

export const Succession = z.object({
  id: z.uuid(),
  kind: z.enum(SUCCESSION_KINDS),
  date: Day,
  note: z.string().nullable(),
  agency: AgencySummary,
});
export type Succession = z.infer<typeof Succession>;

export const ContactView = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  kind: z.enum(CONTACT_KINDS),
  name: z.string(),
  rank: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  languages: z.array(z.string()),
  validFrom: NullableDay,
  validUntil: NullableDay,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
});
export type ContactView = z.infer<typeof ContactView>;

export const AgencyDetail = AgencySummary.extend({
  at: Day,
  parent: AgencySummary.nullable(),
  children: z.array(AgencySummary),
  jurisdiction: z.object({
    structure: Structure,
    units: z.array(
      z.object({
        structure: Structure,
        unitCode: z.string(),
        unitName: z.string().nullable(),
        derived: z.boolean(),
      }),
    ),
  }),
  jurisdictionHistory: z.array(JurisdictionPeriod),
  predecessors: z.array(Succession),
  successors: z.array(Succession),
  contacts: z.array(ContactView),
  groups: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['cluster', 'route']),
      code: z.string(),
      nameVi: z.string(),
      validFrom: NullableDay,
      validUntil: NullableDay,
    }),
  ),
  abilities: z.object({ canEditRegistry: z.boolean(), canManageContacts: z.boolean() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AgencyDetail = z.infer<typeof AgencyDetail>;
