import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with keys sorted at every depth, so the same entry always hashes the same. */
export const canonicalJson = (value: Json): string => {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** The fields of an audit row that its hash covers: everything except the hash itself. */
export type ChainedFields = {
  seq: number;
  eventId: string;
  ts: Date;
  actorUserId: string | null;
  actorAgencyId: string | null;
  actorRoles: string[];
  authMethod: string | null;
  sessionHash: string | null;
  clientIp: string | null;
  userAgent: string | null;
  requestId: string | null;
  action: string;
  objectType: string | null;
  objectIds: string[];
  objectOwnerAgencyId: string | null;
  objectLevel: string | null;
  handlingCode: string | null;
  outcome: 'allow' | 'deny' | 'error';
  policyRuleId: string | null;
  receivingAgencyId: string | null;
  recordsReturned: number | null;
  justification: string | null;
  detail: string | null;
  prevHash: string;
};

/** SHA-256 over the canonical JSON of the row's fields, its predecessor's hash included. */
export const hashAuditFields = (fields: ChainedFields): string =>
  createHash('sha256')
    .update(canonicalJson({ ...fields, ts: fields.ts.toISOString() }))
    .digest('hex');
