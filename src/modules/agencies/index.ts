export { type AgencyRow, createAgency, findAgency, findAgencyWithCode } from './agencies.service.ts';
export { AGENCY_KINDS, type AgencyKind } from './agencies.tables.ts';
