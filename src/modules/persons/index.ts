export { personsRoutes } from './persons.routes.ts';
export { createPerson } from './persons.service.ts';
export { PERSON_ROLES, type PersonRow, persons } from './persons.tables.ts';
