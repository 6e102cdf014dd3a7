import type { Role } from '../auth/index.ts';
import type { AgencyKind, SuccessionKind } from './agencies.tables.ts';

/** Who acts, as the agency rules need it: roles and the kind of the actor's own agency. */
export type ActorAgency = { agencyId: string; agencyKind: AgencyKind; roles: readonly Role[] };

const REGISTRY_KINDS: readonly AgencyKind[] = ['ministry', 'department'];

/** The registry (agencies, jurisdictions, successions, groups, chair handovers) is kept by Ministry-level administrators. */
export const canEditRegistry = (actor: ActorAgency): boolean =>
  actor.roles.includes('administrator') && REGISTRY_KINDS.includes(actor.agencyKind);

/** An agency's contacts are kept by its own administrators, its parent's, or the registry's. */
export const canManageContacts = (
  actor: ActorAgency,
  agency: { id: string; parentId: string | null },
): boolean =>
  canEditRegistry(actor) ||
  (actor.roles.includes('administrator') &&
    (agency.id === actor.agencyId || agency.parentId === actor.agencyId));

const PARENT_KINDS: Record<AgencyKind, readonly (AgencyKind | null)[]> = {
  ministry: [null],
  department: ['ministry'],
  provincial: [null, 'ministry'],
  division: ['provincial', 'department'],
  commune: ['provincial'],
  border_guard: [null, 'border_guard'],
  foreign: [null, 'foreign'],
};

/** Whether an agency of `kind` may sit under a parent of `parentKind` (null: no parent). */
export const isParentKindAllowed = (kind: AgencyKind, parentKind: AgencyKind | null): boolean =>
  PARENT_KINDS[kind].includes(parentKind);

/** Whether a succession names a sound number of successors: one for a merger or renaming, two or more for a split. */
export const isSuccessorCountValid = (kind: SuccessionKind, count: number): boolean =>
  kind === 'split_into' ? count >= 2 : count === 1;
