export { attachmentsRoutes } from './attachments.routes.ts';
export { escalateOverdue, startOverdueEscalation } from './escalation.service.ts';
export { exchangeRoutes } from './exchange.routes.ts';
export { liveRoutes } from './live.routes.ts';
