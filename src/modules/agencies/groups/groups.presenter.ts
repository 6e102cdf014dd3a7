import { presentAgencySummary } from '../agencies.presenter.ts';
import type { AgencyRow } from '../agencies.repo.ts';
import { isValidOn } from '../periods.ts';
import { findTermOn } from './chair-terms.ts';
import type { ChairTermRow, GroupRow } from './groups.repo.ts';
import type { ChairTermView, GroupDetail, GroupSummary } from './groups.schemas.ts';
import { isMemberOn, type Membership } from './groups.service.ts';

/** A cluster or route in a list. */
export const presentGroupSummary = (group: GroupRow): GroupSummary => ({
  id: group.id,
  kind: group.kind,
  code: group.code,
  nameVi: group.nameVi,
  nameEn: group.nameEn,
  description: group.description,
  agreementRef: group.agreementRef,
  version: group.version,
});

const presentTerm = (entry: { term: ChairTermRow; agency: AgencyRow }, day: string): ChairTermView => ({
  id: entry.term.id,
  agency: presentAgencySummary(entry.agency, day),
  startsOn: entry.term.startsOn,
  endsOn: entry.term.endsOn,
  handover: entry.term.conferenceName
    ? {
        conferenceName: entry.term.conferenceName,
        conferenceDate: entry.term.conferenceDate,
        conferencePlace: entry.term.conferencePlace,
      }
    : null,
  note: entry.term.note,
});

/** Everything a group page shows for a day. */
export type GroupDetailBundle = {
  group: GroupRow;
  day: string;
  memberships: Membership[];
  chairTerms: { term: ChairTermRow; agency: AgencyRow }[];
  abilities: { canEditRegistry: boolean };
};

const presentMembership = (entry: Membership, day: string) => ({
  id: entry.membership.id,
  agency: presentAgencySummary(entry.agency, day),
  validFrom: entry.membership.validFrom,
  validUntil: entry.membership.validUntil,
});

/**
 * A group with its members on a day, all memberships, its chair history and the chair on that day (a term whose
 * agency no longer exists chairs nothing).
 */
export const presentGroupDetail = (bundle: GroupDetailBundle): GroupDetail => {
  const { group, day } = bundle;
  const current = findTermOn(
    bundle.chairTerms.map((entry) => ({
      ...entry,
      startsOn: entry.term.startsOn,
      endsOn: entry.term.endsOn,
    })),
    day,
  );
  return {
    ...presentGroupSummary(group),
    at: day,
    members: bundle.memberships
      .filter((entry) => isMemberOn(entry, day))
      .map((entry) => presentMembership(entry, day)),
    memberships: bundle.memberships.map((entry) => presentMembership(entry, day)),
    chairTerms: bundle.chairTerms.map((entry) => presentTerm(entry, day)),
    currentChair: current && isValidOn(current.agency, day) ? presentTerm(current, day) : null,
    abilities: bundle.abilities,
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
  };
};
