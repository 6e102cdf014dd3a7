export { attachmentsRoutes } from './attachments.routes.ts';
export { escalateOverdue, escalateOverdueIn, startOverdueEscalation } from './escalation.service.ts';
export { exchangeRoutes } from './exchange.routes.ts';
export { findPastMessage, type PastMessage, recordPastMessage, recordPastMove } from './history.service.ts';
export { liveRoutes } from './live.routes.ts';
