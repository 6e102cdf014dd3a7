export { attachmentsRoutes } from './attachments.routes.ts';
export { escalateOverdue } from './escalation.service.ts';
export { exchangeRoutes } from './exchange.routes.ts';
export { liveRoutes } from './live.routes.ts';
