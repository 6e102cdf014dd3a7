import type { AgencySummary } from '../agencies/types';
import type { SharingLevel } from '../agreements/types';
import type { Classification, Handling } from './types';

/** One grant of a record to an agency, active or not; timestamps are UTC ISO 8601. */
export type ShareView = {
  id: string;
  recordKind: 'persons';
  recordId: string;
  recipientAgency: AgencySummary;
  level: SharingLevel;
  purpose: string;
  grantedByAgency: AgencySummary;
  grantedBy: string | null;
  grantedAt: string;
  expiresAt: string | null;
  forwardedFromId: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revocationReason: string | null;
  active: boolean;
};

/** Why an agency reads a record: it owns it, a share, or an agreement's obligation. */
export type GrantView =
  | { rule: 'owner'; level: 'full' }
  | { rule: 'share'; level: SharingLevel; shareId: string; purpose: string }
  | {
      rule: 'agreement';
      level: SharingLevel;
      agreement: { id: string; number: string | null; title: string };
      zoneIds: string[];
    };

/** What keeps a grant from reaching an agency. */
export type BlockView =
  | { rule: 'classification'; classification: Classification }
  | { rule: 'foreign_release' }
  | { rule: 'h2_forward'; shareId: string };

export type AccessLevel = 'none' | SharingLevel;

export type ExplanationView = {
  agency: AgencySummary;
  level: AccessLevel;
  grants: GrantView[];
  blocks: BlockView[];
};

/** The "shared with" panel of a record, for its owner agency only. */
export type AudienceView = {
  record: { kind: 'persons'; id: string; ownerAgency: AgencySummary; handling: Handling };
  shares: ShareView[];
  audience: ExplanationView[];
};

/** `POST /api/sharing/persons/:id/shares`; `expiresAt` is an ISO timestamp. */
export type ShareBody = {
  recipientAgencyId: string;
  level: SharingLevel;
  purpose: string;
  expiresAt?: string;
};
