import type { Actor } from '../../../http/context.ts';

/** Administrators create border zones; every logged-in role reads them. */
export const canCreateZones = (actor: Actor): boolean => actor.roles.includes('administrator');

/**
 * A zone is changed or deleted only by an administrator of the agency that made it: agreements cover places through
 * zones, so another force must not move or remove them. Zones the system made (demo seed, CLI) are kept there.
 */
export const canManageZone = (actor: Actor, zone: { ownerAgencyId: string | null }): boolean =>
  canCreateZones(actor) && zone.ownerAgencyId === actor.agencyId;
