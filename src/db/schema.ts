// Every table, for drizzle-kit to generate migrations from. Modules own their tables; this file only lists them.
export { outboxEvents } from '../events/outbox.tables.ts';
export {
  agencies,
  agencyContacts,
  agencyJurisdictions,
  agencySuccessions,
} from '../modules/agencies/agencies.tables.ts';
export { agencyGroups, chairTerms, groupMemberships } from '../modules/agencies/groups/groups.tables.ts';
export {
  agreementObligations,
  agreementParties,
  agreementReviews,
  agreements,
  agreementZones,
} from '../modules/agreements/agreements.tables.ts';
export { agreementDocuments } from '../modules/agreements/documents/documents.tables.ts';
export { auditEvents, auditHead } from '../modules/audit/audit.tables.ts';
export { loginAttempts, sessions, users } from '../modules/auth/auth.tables.ts';
export { caseAgencies, casePersons, cases } from '../modules/cases/cases.tables.ts';
export {
  operationAgencies,
  operationTargets,
  specialOperations,
} from '../modules/cases/operations/operations.tables.ts';
export { seizureAgencies, seizureCustody, seizures } from '../modules/cases/seizures/seizures.tables.ts';
export { earlyWarningAlerts } from '../modules/early-warning/alerts.tables.ts';
export {
  messageAttachments,
  messageEvents,
  messageRecipients,
  messageReferences,
  messageSequences,
  messages,
} from '../modules/exchange/exchange.tables.ts';
export {
  geoCommuneNeighbours,
  geoForeignBorders,
  geoForeignUnits,
  geoProvinceNeighbours,
} from '../modules/geo/adjacency/adjacency.tables.ts';
export { geoGeometries } from '../modules/geo/geometry/geometry.tables.ts';
export { geoRefdataLoads } from '../modules/geo/refdata/refdata.tables.ts';
export { geoUnitMappings, geoUnits } from '../modules/geo/units/units.tables.ts';
export { geoBorderZoneMembers, geoBorderZones } from '../modules/geo/zones/zones.tables.ts';
export { communeDrugClassifications } from '../modules/hotspots/classifications/classifications.tables.ts';
export { hotspotPersons, hotspots, hotspotTransitions } from '../modules/hotspots/hotspots.tables.ts';
export { notifications } from '../modules/inbox/inbox.tables.ts';
export { personLinks } from '../modules/persons/links/person-links.tables.ts';
export { personMatches } from '../modules/persons/matching/matching.tables.ts';
export { persons } from '../modules/persons/persons.tables.ts';
export { personPhotos } from '../modules/persons/photo/person-photos.tables.ts';
export { personWatches } from '../modules/persons/watches/watches.tables.ts';
export { recordShares } from '../modules/sharing/sharing.tables.ts';
