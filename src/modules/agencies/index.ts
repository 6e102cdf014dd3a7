export { type ActorAgency, canEditRegistry } from './agencies.policy.ts';
export { presentAgencySummary } from './agencies.presenter.ts';
export { agenciesRoutes } from './agencies.routes.ts';
export { AgencySummary, Day } from './agencies.schemas.ts';
export {
  type AgencyRow,
  createAgency,
  findAgency,
  findAgencyWithCode,
  getActorAgency,
  getAgency,
  mapAgenciesById,
} from './agencies.service.ts';
export { AGENCY_KINDS, type AgencyKind } from './agencies.tables.ts';
export { getAgencySuccessors } from './agency-detail.service.ts';
export { contactsRoutes } from './contacts/contacts.routes.ts';
export { type ContactRow, createContact, listAgencyContacts } from './contacts/contacts.service.ts';
export { addGroupMember, handOverChair } from './groups/group-members.service.ts';
export { groupsRoutes } from './groups/groups.routes.ts';
export {
  createGroup,
  findGroup,
  findGroupWithCode,
  type GroupRow,
  listGroupMemberAgencies,
  listGroupMemberships,
} from './groups/groups.service.ts';
export { listAgencyUnitsOn, setJurisdiction } from './history/jurisdiction.service.ts';
export { addSuccession } from './history/successions.service.ts';
export type { JurisdictionUnit } from './history/units.ts';
export { HistoryItem, presentHistory } from './history-view.ts';
export { dayOf, isValidOn, type Period } from './periods.ts';
