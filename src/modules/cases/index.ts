export { casesRoutes } from './cases.routes.ts';
export { createCase } from './cases.service.ts';
export { operationsRoutes } from './operations/operations.routes.ts';
export { createOperation } from './operations/operations.service.ts';
export { handOverSeizure } from './seizures/custody.service.ts';
export { seizuresRoutes } from './seizures/seizures.routes.ts';
export { createSeizure } from './seizures/seizures.service.ts';
