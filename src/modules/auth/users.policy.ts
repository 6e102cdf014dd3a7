import type { Actor } from '../../http/context.ts';

/** Only administrators manage accounts, and only those of their own agency (the query scopes the agency). */
export const canManageUsers = (actor: Actor): boolean => actor.roles.includes('administrator');
