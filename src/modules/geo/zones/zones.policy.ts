import type { Actor } from '../../../http/context.ts';

/** Only administrators create, change and delete border zones; every logged-in role reads them. */
export const canManageZones = (actor: Actor): boolean => actor.roles.includes('administrator');
