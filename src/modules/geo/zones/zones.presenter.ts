import type { ZoneView } from './zones.schemas.ts';
import type { Zone } from './zones.service.ts';

/** A border zone with its members, as the API shows it. */
export const presentZone = (zone: Zone): ZoneView => ({
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
});
