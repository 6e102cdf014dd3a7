import { z } from 'zod';
import { CLASSIFICATIONS, HANDLING_CODES } from '../../db/columns.ts';
import { AgencySummary } from '../agencies/index.ts';
import { INFORMATION_ACCURACIES, SHARING_LEVELS, SOURCE_RELIABILITIES } from './levels.ts';
import { BUILT_RECORD_KINDS } from './record-kinds.ts';

export const SharingLevel = z.enum(SHARING_LEVELS);
export const AccessLevel = z.enum(['none', ...SHARING_LEVELS]);
export const RecordKind = z.enum(BUILT_RECORD_KINDS);
export const Classification = z.enum(CLASSIFICATIONS);
export const HandlingCode = z.enum(HANDLING_CODES);

const Reason = z.string().trim().min(1).max(2000);

export const RecordParams = z.strictObject({ kind: RecordKind, recordId: z.uuid() });
export const ShareIdParams = z.strictObject({ shareId: z.uuid() });
export const ExplainQuery = z.strictObject({ agencyId: z.uuid() });

export const ShareBody = z.strictObject({
  recipientAgencyId: z.uuid(),
  level: SharingLevel,
  purpose: Reason,
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type ShareBody = z.infer<typeof ShareBody>;

export const RevokeBody = z.strictObject({ reason: Reason });

/** The Europol grade of a record, shown to every recipient wherever the record is used. */
export const Grading = z.object({
  sourceReliability: z.enum(SOURCE_RELIABILITIES).nullable(),
  informationAccuracy: z.enum(INFORMATION_ACCURACIES).nullable(),
});

/** The handling marks a recipient must see with the record: H1 means "not for use in judicial proceedings". */
export const Handling = z.object({
  classification: Classification,
  handlingCode: HandlingCode,
  notForJudicialUse: z.boolean(),
  noOnwardSharing: z.boolean(),
  releasableToForeign: z.boolean(),
});

export const ShareView = z.object({
  id: z.uuid(),
  recordKind: RecordKind,
  recordId: z.uuid(),
  recipientAgency: AgencySummary,
  level: SharingLevel,
  purpose: z.string(),
  grantedByAgency: AgencySummary,
  grantedBy: z.uuid().nullable(),
  grantedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  forwardedFromId: z.uuid().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  revokedBy: z.uuid().nullable(),
  revocationReason: z.string().nullable(),
  active: z.boolean(),
});
export type ShareView = z.infer<typeof ShareView>;

export const GrantView = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('owner'), level: z.literal('full') }),
  z.object({ rule: z.literal('share'), level: SharingLevel, shareId: z.uuid(), purpose: z.string() }),
  z.object({
    rule: z.literal('agreement'),
    level: SharingLevel,
    agreement: z.object({ id: z.uuid(), number: z.string().nullable(), title: z.string() }),
    zoneIds: z.array(z.uuid()),
  }),
]);

export const BlockView = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('classification'), classification: Classification }),
  z.object({ rule: z.literal('foreign_release') }),
  z.object({ rule: z.literal('h2_forward'), shareId: z.uuid() }),
]);

export const ExplanationView = z.object({
  agency: AgencySummary,
  level: AccessLevel,
  grants: z.array(GrantView),
  blocks: z.array(BlockView),
});
export type ExplanationView = z.infer<typeof ExplanationView>;

/** The "shared with" panel of a record: its handling, every share ever made, and who reads it now and why. */
export const AudienceView = z.object({
  record: z.object({ kind: RecordKind, id: z.uuid(), ownerAgency: AgencySummary, handling: Handling }),
  shares: z.array(ShareView),
  audience: z.array(ExplanationView),
});
export type AudienceView = z.infer<typeof AudienceView>;

export const ReceivedQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(30),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One line of "shared with you": what one agency shared with the reader's agency on one day (UTC+7). */
export const ReceivedGroupView = z.object({
  day: z.iso.date(),
  grantedByAgency: AgencySummary,
  count: z.int(),
  kinds: z.partialRecord(RecordKind, z.int()),
  latestAt: z.iso.datetime(),
});

export const ReceivedGroupList = z.object({ groups: z.array(ReceivedGroupView), total: z.int() });

export const ReceivedItemsQuery = z.strictObject({
  grantedByAgencyId: z.uuid(),
  day: z.iso.date(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One record of a group, at the level the reader has now (a name only from summary up). */
export const ReceivedItemView = z.object({
  shareId: z.uuid(),
  kind: RecordKind,
  recordId: z.uuid(),
  level: SharingLevel,
  sharedLevel: SharingLevel,
  label: z.string().nullable(),
  ownerAgency: AgencySummary,
  purpose: z.string(),
  grantedAt: z.iso.datetime(),
});

export const ReceivedItemList = z.object({ items: z.array(ReceivedItemView), total: z.int() });
