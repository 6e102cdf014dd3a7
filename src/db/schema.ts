// Every table, for drizzle-kit to generate migrations from. Modules own their tables; this file only lists them.
export { outboxEvents } from '../events/outbox.tables.ts';
export { agencies } from '../modules/agencies/agencies.tables.ts';
export { auditEvents, auditHead } from '../modules/audit/audit.tables.ts';
export { loginAttempts, sessions, users } from '../modules/auth/auth.tables.ts';
