export { agenciesRoutes } from './agencies.routes.ts';
export {
  type AgencyRow,
  createAgency,
  findAgency,
  findAgencyWithCode,
  getAgency,
} from './agencies.service.ts';
export { AGENCY_KINDS, type AgencyKind } from './agencies.tables.ts';
export { getAgencySuccessors } from './agency-detail.service.ts';
export { contactsRoutes } from './contacts/contacts.routes.ts';
export { type ContactRow, createContact, listAgencyContacts } from './contacts/contacts.service.ts';
export { addGroupMember, handOverChair } from './groups/group-members.service.ts';
export { groupsRoutes } from './groups/groups.routes.ts';
export {
  createGroup,
  findGroupWithCode,
  type GroupRow,
  listGroupMemberAgencies,
  listGroupMemberships,
} from './groups/groups.service.ts';
export { setJurisdiction } from './history/jurisdiction.service.ts';
export { addSuccession } from './history/successions.service.ts';
