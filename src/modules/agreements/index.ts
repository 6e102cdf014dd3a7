export {
  findAgreement,
  findAgreementWithTitle,
  listAgreementPartyAgencyIds,
  listAgreementZoneIds,
} from './agreements.lookup.ts';
export { agreementsRoutes } from './agreements.routes.ts';
export {
  type AgreementRow,
  createAgreement,
  getAgreement,
  listPartyAgencyIds,
} from './agreements.service.ts';
export {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
  CRIME_DOMAINS,
  type CrimeDomain,
} from './agreements.tables.ts';
export {
  type AgreementGrant,
  agreementGrantRank,
  type CoverageQuery,
  type CoveredRecordColumns,
  findAgreementsCovering,
  listAgreementGrants,
  listAgreementsInForceBetween,
} from './coverage.service.ts';
export { agreementDocumentsRoutes } from './documents/documents.routes.ts';
export { changeAgreementStatus, recordHistoricalStatus, signAgreement } from './terms/status.service.ts';
export { addParty, setObligations, setReviews, setZones } from './terms/terms.service.ts';
