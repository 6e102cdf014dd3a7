import type { Actor } from '../../../http/context.ts';
import { canManageZone } from './zones.policy.ts';
import type { ZoneView } from './zones.schemas.ts';
import type { Zone } from './zones.service.ts';

/** A border zone with its members, as the API shows it, with what the requesting actor may do to it. */
export const presentZone = (actor: Actor, zone: Zone): ZoneView => ({
  id: zone.id,
  name: zone.name,
  description: zone.description,
  structure: zone.structure,
  kind: zone.kind,
  beltKm: zone.beltKm,
  provinces: zone.provinces,
  members: zone.members.map((m) => ({ code: m.code, level: m.level, name: m.name, structure: m.structure })),
  createdAt: zone.createdAt.toISOString(),
  updatedAt: zone.updatedAt.toISOString(),
  version: zone.version,
  abilities: { canManage: canManageZone(actor, zone) },
});
