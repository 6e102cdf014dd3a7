import { z } from 'zod';
import { Version } from '../../http/common.schemas.ts';
import { AgencySummary, Day } from '../agencies/index.ts';
import { AGREEMENT_RECORD_KINDS, SHARING_LEVELS } from '../sharing/levels.ts';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CRIME_DOMAINS,
  PARTY_ROLES,
  REVIEW_KINDS,
} from './agreements.tables.ts';

export const AgreementKind = z.enum(AGREEMENT_KINDS);
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export const CrimeDomain = z.enum(CRIME_DOMAINS);
export const PartyRole = z.enum(PARTY_ROLES);

const Name = z.string().trim().min(1).max(300);
const LongText = z.string().trim().min(1).max(4000);
const AgreementNumber = z.string().trim().min(1).max(100);
const Hours = z
  .int()
  .min(1)
  .max(24 * 366);

export const AgreementIdParams = z.strictObject({ agreementId: z.uuid() });
export const PartyParams = z.strictObject({ agreementId: z.uuid(), partyId: z.uuid() });
export const VersionQuery = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 2),
});

export const AgreementListQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  status: AgreementStatus.optional(),
  kind: AgreementKind.optional(),
  domain: CrimeDomain.optional(),
  inForceOn: Day.optional(),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

export const ReviewsDueQuery = z.strictObject({
  within: z.coerce.number().int().min(0).max(3660).default(90),
});

export const PartyBody = z.strictObject({
  agencyId: z.uuid(),
  role: PartyRole.default('party'),
  signatoryName: Name.nullable().optional(),
  signatoryRank: Name.nullable().optional(),
  signatoryTitle: Name.nullable().optional(),
  note: LongText.nullable().optional(),
});
export type PartyBody = z.infer<typeof PartyBody>;

const agreementFields = {
  number: AgreementNumber.nullable().optional(),
  title: Name.optional(),
  effectiveFrom: Day.nullable().optional(),
  effectiveUntil: Day.nullable().optional(),
  domains: z.array(CrimeDomain).max(CRIME_DOMAINS.length).optional(),
  approvalAuthority: Name.nullable().optional(),
  areaDescription: LongText.nullable().optional(),
  groupId: z.uuid().nullable().optional(),
  note: LongText.nullable().optional(),
};

export const CreateAgreementBody = z.strictObject({
  ...agreementFields,
  kind: AgreementKind,
  title: Name,
  parties: z.array(PartyBody).max(50).default([]),
});
export type CreateAgreementBody = z.infer<typeof CreateAgreementBody>;

export const UpdateAgreementBody = z.strictObject({ version: Version, ...agreementFields });
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementBody>;

export const AddPartyBody = PartyBody.extend({ version: Version });
export type AddPartyBody = z.infer<typeof AddPartyBody>;

export const SignBody = z.strictObject({
  version: Version,
  signedOn: Day,
  effectiveFrom: Day.nullable().optional(),
});
export type SignBody = z.infer<typeof SignBody>;

export const StatusBody = z.strictObject({
  version: Version,
  status: AgreementStatus,
  on: Day,
  supersededById: z.uuid().nullable().optional(),
});
export type StatusBody = z.infer<typeof StatusBody>;

export const ZonesBody = z.strictObject({
  version: Version,
  zoneIds: z.array(z.uuid()).max(100),
  areaDescription: LongText.nullable().optional(),
});
export type ZonesBody = z.infer<typeof ZonesBody>;

const ReplyDeadlines = z.strictObject({
  urgentHours: Hours.nullable(),
  normalHours: Hours.nullable(),
  lowHours: Hours.nullable(),
});

const Obligation = z.strictObject({
  agencyId: z.uuid().nullable(),
  recordKind: z.enum(AGREEMENT_RECORD_KINDS),
  level: z.enum(SHARING_LEVELS),
  note: LongText.nullable().optional(),
});

export const ObligationsBody = z.strictObject({
  version: Version,
  obligations: z.array(Obligation).max(100),
  replyDeadlines: ReplyDeadlines,
});
export type ObligationsBody = z.infer<typeof ObligationsBody>;

const Review = z.strictObject({
  kind: z.enum(REVIEW_KINDS),
  everyMonths: z.int().min(1).max(120).nullable(),
  fixedOn: Day.nullable(),
  lastHeldOn: Day.nullable().optional(),
  remindDaysBefore: z.int().min(0).max(366).default(30),
  note: LongText.nullable().optional(),
});

export const ReviewsBody = z.strictObject({ version: Version, reviews: z.array(Review).max(20) });
export type ReviewsBody = z.infer<typeof ReviewsBody>;

export const PartyView = z.object({
  id: z.uuid(),
  agency: AgencySummary,
  role: PartyRole,
  signatoryName: z.string().nullable(),
  signatoryRank: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  note: z.string().nullable(),
});

export const ReviewView = Review.extend({
  id: z.uuid(),
  lastHeldOn: Day.nullable(),
  note: z.string().nullable(),
  nextDueOn: Day.nullable(),
  upcoming: z.array(Day),
});

export const AgreementSummary = z.object({
  id: z.uuid(),
  kind: AgreementKind,
  number: z.string().nullable(),
  title: z.string(),
  signedOn: Day.nullable(),
  effectiveFrom: Day.nullable(),
  effectiveUntil: Day.nullable(),
  status: AgreementStatus,
  domains: z.array(CrimeDomain),
  parties: z.array(PartyView),
  version: z.int(),
});
export type AgreementSummary = z.infer<typeof AgreementSummary>;

export const AgreementList = z.object({ items: z.array(AgreementSummary) });

export const AgreementDetail = AgreementSummary.extend({
  supersededById: z.uuid().nullable(),
  approvalAuthority: z.string().nullable(),
  areaDescription: z.string().nullable(),
  groupId: z.uuid().nullable(),
  zoneIds: z.array(z.uuid()),
  obligations: z.array(Obligation.extend({ id: z.uuid(), note: z.string().nullable() })),
  replyDeadlines: ReplyDeadlines,
  reviews: z.array(ReviewView),
  note: z.string().nullable(),
  abilities: z.object({ canEdit: z.boolean() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AgreementDetail = z.infer<typeof AgreementDetail>;

export const ReviewsDueList = z.object({
  items: z.array(
    z.object({
      agreementId: z.uuid(),
      number: z.string().nullable(),
      title: z.string(),
      reviewId: z.uuid(),
      kind: z.enum(REVIEW_KINDS),
      dueOn: Day,
      remindFrom: Day,
      overdue: z.boolean(),
    }),
  ),
});
export type ReviewsDueList = z.infer<typeof ReviewsDueList>;
