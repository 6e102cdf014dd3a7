export { personImportRoutes } from './import/person-import.routes.ts';
export { type ImportProgress, importPersons } from './import/person-import.service.ts';
export {
  type BatchMatchProgress,
  loadBatchRecords,
  matchAgencyPersons,
} from './matching/batch-match.service.ts';
export {
  type BatchPair,
  type BatchRecord,
  type BatchStats,
  findPossibleMatches,
} from './matching/batch-match.ts';
export { agencyViewer, detectMatches } from './matching/matching.service.ts';
export { afterPersonsLinked } from './person-events.ts';
export { listPersonLabels, type PersonLabel } from './person-labels.ts';
export { listPersonRefs, type PersonRef } from './person-refs.ts';
export { personsRoutes } from './persons.routes.ts';
export type { CreatePersonBody } from './persons.schemas.ts';
export { createPerson, findPersonWithExternalRef } from './persons.service.ts';
export { PERSON_ROLES, type PersonRow, persons } from './persons.tables.ts';
