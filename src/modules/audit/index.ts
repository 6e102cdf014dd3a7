export {
  type AuditAction,
  type AuditContext,
  type AuditEntry,
  type AuditItem,
  appendAudit,
  appendAuditItems,
} from './audit.service.ts';
export { drainAuditedReads, recordAuditedRead } from './audit-reads.ts';
export { type ChainReport, verifyAuditChain } from './audit-verify.ts';
export { type HistoryEntry, listObjectHistory } from './object-history.ts';
