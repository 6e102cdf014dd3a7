import type { ActorAgency } from '../agencies/index.ts';
import { canEditRegistry } from '../agencies/index.ts';
import type { AgreementStatus } from './agreements.tables.ts';

const WRITER_ROLES = ['administrator', 'commander'] as const;

/** Agreements are kept by an administrator or commander of a party agency, or by the registry's administrators. */
export const canWriteAgreement = (actor: ActorAgency, partyAgencyIds: readonly string[]): boolean =>
  canEditRegistry(actor) ||
  (WRITER_ROLES.some((role) => actor.roles.includes(role)) && partyAgencyIds.includes(actor.agencyId));

const TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signed'],
  signed: ['in_force', 'superseded'],
  in_force: ['suspended', 'expired', 'superseded'],
  suspended: ['in_force', 'expired', 'superseded'],
  expired: [],
  superseded: [],
};

/** Whether an agreement may move from one status to another (draft → signed → in force → suspended/expired/superseded). */
export const canChangeStatus = (from: AgreementStatus, to: AgreementStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** Statuses that end an agreement's period: the day of the change becomes its `effectiveUntil`. */
export const isEndingStatus = (status: AgreementStatus): boolean =>
  status === 'expired' || status === 'superseded';

/** Statuses in which an agreement grants anything for the days of its period. */
export const COVERING_STATUSES: readonly AgreementStatus[] = ['in_force', 'expired', 'superseded'];

/** The fewest parties an agreement may be signed with. */
export const MIN_SIGNING_PARTIES = 2;
