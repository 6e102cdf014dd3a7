import type { AgencyRow, JurisdictionRow, SuccessionRow } from './agencies.repo.ts';
import type { AgencyDetail, AgencySummary, ContactView, Succession } from './agencies.schemas.ts';
import type { ContactRow } from './contacts/contacts.repo.ts';
import type { GroupRow, MembershipRow } from './groups/groups.repo.ts';
import type { JurisdictionUnit, Structure } from './history/units.ts';
import { periodStatus } from './periods.ts';

/** An agency in a list: its names, place in the hierarchy, and whether it exists on the day asked about. */
export const presentAgencySummary = (agency: AgencyRow, day: string): AgencySummary => ({
  id: agency.id,
  code: agency.code,
  kind: agency.kind,
  nameVi: agency.nameVi,
  nameLocal: agency.nameLocal,
  localLanguage: agency.localLanguage,
  nameEn: agency.nameEn,
  country: agency.country,
  parentId: agency.parentId,
  validFrom: agency.validFrom,
  validUntil: agency.validUntil,
  status: periodStatus(agency, day),
  version: agency.version,
});

/** A duty desk or liaison officer. */
export const presentContact = (contact: ContactRow): ContactView => ({
  id: contact.id,
  agencyId: contact.agencyId,
  kind: contact.kind,
  name: contact.name,
  rank: contact.rank,
  title: contact.title,
  phone: contact.phone,
  email: contact.email,
  languages: contact.languages,
  validFrom: contact.validFrom,
  validUntil: contact.validUntil,
  createdAt: contact.createdAt.toISOString(),
  updatedAt: contact.updatedAt.toISOString(),
  version: contact.version,
});

const presentSuccession = (
  entry: { succession: SuccessionRow; agency: AgencyRow },
  day: string,
): Succession => ({
  id: entry.succession.id,
  kind: entry.succession.kind,
  date: entry.succession.date,
  note: entry.succession.note,
  agency: presentAgencySummary(entry.agency, day),
});

/** Everything the agency page shows, gathered by `getAgencyDetail`. */
export type AgencyDetailBundle = {
  agency: AgencyRow;
  day: string;
  structure: Structure;
  parent: AgencyRow | undefined;
  children: AgencyRow[];
  jurisdictionRows: JurisdictionRow[];
  jurisdictionUnits: JurisdictionUnit[];
  unitNames: Map<string, string | null>;
  predecessors: { succession: SuccessionRow; agency: AgencyRow }[];
  successors: { succession: SuccessionRow; agency: AgencyRow }[];
  contacts: ContactRow[];
  groups: { membership: MembershipRow; group: GroupRow }[];
  abilities: { canEditRegistry: boolean; canManageContacts: boolean };
};

/** An agency with its parent, children, jurisdiction on a day, history, contacts and groups. */
export const presentAgencyDetail = (bundle: AgencyDetailBundle): AgencyDetail => {
  const { agency, day } = bundle;
  return {
    ...presentAgencySummary(agency, day),
    at: day,
    parent: bundle.parent ? presentAgencySummary(bundle.parent, day) : null,
    children: bundle.children.map((child) => presentAgencySummary(child, day)),
    jurisdiction: { structure: bundle.structure, units: bundle.jurisdictionUnits },
    jurisdictionHistory: bundle.jurisdictionRows.map((row) => ({
      id: row.id,
      structure: row.structure,
      unitCode: row.unitCode,
      unitName: bundle.unitNames.get(`${row.structure}:${row.unitCode}`) ?? null,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
    })),
    predecessors: bundle.predecessors.map((entry) => presentSuccession(entry, day)),
    successors: bundle.successors.map((entry) => presentSuccession(entry, day)),
    contacts: bundle.contacts.map(presentContact),
    groups: bundle.groups.map(({ membership, group }) => ({
      id: group.id,
      kind: group.kind,
      code: group.code,
      nameVi: group.nameVi,
      validFrom: membership.validFrom,
      validUntil: membership.validUntil,
    })),
    abilities: bundle.abilities,
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
  };
};
