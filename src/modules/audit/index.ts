export { type AuditAction, type AuditContext, type AuditEntry, appendAudit } from './audit.service.ts';
export { type ChainReport, verifyAuditChain } from './audit-verify.ts';
