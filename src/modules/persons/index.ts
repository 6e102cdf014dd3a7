export { personImportRoutes } from './import/person-import.routes.ts';
export { type ImportProgress, importPersons } from './import/person-import.service.ts';
export { agencyViewer, detectMatches } from './matching/matching.service.ts';
export { afterPersonsLinked } from './person-events.ts';
export { listPersonRefs, type PersonRef } from './person-refs.ts';
export { personsRoutes } from './persons.routes.ts';
export type { CreatePersonBody } from './persons.schemas.ts';
export { createPerson, findPersonWithExternalRef } from './persons.service.ts';
export { PERSON_ROLES, type PersonRow, persons } from './persons.tables.ts';
