import { z } from 'zod';
import { Version } from '../../../http/common.schemas.ts';
import { ProvinceCode, Structure, UnitCode } from '../units/units.schemas.ts';
import { MEMBER_LEVELS, ZONE_KINDS } from './zones.tables.ts';

const Name = z.string().trim().min(3).max(200);
const Description = z.string().trim().max(2000);
const MemberCode = z.union([UnitCode, z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code')]);

const UnitsZoneBody = z.strictObject({
  kind: z.literal('units'),
  name: Name,
  description: Description.optional(),
  structure: Structure,
  units: z
    .array(z.strictObject({ code: MemberCode }))
    .min(2)
    .max(500),
});
const BorderCommunesZoneBody = z.strictObject({
  kind: z.literal('units'),
  name: Name,
  description: Description.optional(),
  structure: z.literal('current'),
  borderCommunesOf: z.tuple([ProvinceCode, ProvinceCode]),
});
const BeltZoneBody = z.strictObject({
  kind: z.literal('belt'),
  name: Name,
  description: Description.optional(),
  structure: Structure,
  provinces: z.array(ProvinceCode).min(2).max(10),
  beltKm: z.number().min(0.5).max(50),
});

export const CreateZoneBody = z.union([UnitsZoneBody, BorderCommunesZoneBody, BeltZoneBody]);
export type CreateZoneBody = z.infer<typeof CreateZoneBody>;

export const UpdateZoneBody = z.strictObject({
  version: Version,
  name: Name.optional(),
  description: Description.nullable().optional(),
});
export type UpdateZoneBody = z.infer<typeof UpdateZoneBody>;

export const ZoneParams = z.strictObject({ zoneId: z.uuid() });
export const DeleteZoneQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export const ListZonesQuery = z.strictObject({
  structure: Structure.optional(),
  province: ProvinceCode.optional(),
});

export const ContainsQuery = z.union([
  z.strictObject({ structure: Structure, code: MemberCode }),
  z.strictObject({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180) }),
]);

export const ZoneView = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  structure: Structure,
  kind: z.enum(ZONE_KINDS),
  beltKm: z.number().nullable(),
  provinces: z.array(z.string()),
  members: z.array(
    z.object({ code: z.string(), level: z.enum(MEMBER_LEVELS), name: z.string(), structure: Structure }),
  ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
  abilities: z.object({ canManage: z.boolean() }),
});
export type ZoneView = z.infer<typeof ZoneView>;

export const ZoneList = z.object({ items: z.array(ZoneView) });

export const MembershipView = z.object({
  inside: z.boolean(),
  reason: z.enum(['member', 'in_member_province', 'resolved_member', 'within_belt', 'outside']),
});
