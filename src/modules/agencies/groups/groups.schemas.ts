import { z } from 'zod';
import { AgencyCode, AgencySummary, Day, Version } from '../agencies.schemas.ts';
import { GROUP_KINDS } from './groups.tables.ts';

export const GroupIdParams = z.strictObject({ groupId: z.uuid() });
export const MembershipParams = z.strictObject({ groupId: z.uuid(), membershipId: z.uuid() });
export const GroupAtQuery = z.strictObject({ at: Day.optional() });

export const GroupListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(GROUP_KINDS).optional(),
  agencyId: z.uuid().optional(),
  at: Day.optional(),
});
export type GroupListQuery = z.infer<typeof GroupListQuery>;

const Name = z.string().trim().min(1).max(300);
const LongText = z.string().trim().min(1).max(4000);
const AgreementRef = z.string().trim().min(1).max(100);

export const CreateGroupBody = z.strictObject({
  kind: z.enum(GROUP_KINDS),
  code: AgencyCode,
  nameVi: Name,
  nameEn: Name.nullable().optional(),
  description: LongText.nullable().optional(),
  agreementRef: AgreementRef.nullable().optional(),
});
export type CreateGroupBody = z.infer<typeof CreateGroupBody>;

export const UpdateGroupBody = z.strictObject({
  version: Version,
  nameVi: Name.optional(),
  nameEn: Name.nullable().optional(),
  description: LongText.nullable().optional(),
  agreementRef: AgreementRef.nullable().optional(),
});
export type UpdateGroupBody = z.infer<typeof UpdateGroupBody>;

export const AddMemberBody = z.strictObject({
  version: Version,
  agencyId: z.uuid(),
  validFrom: Day.nullable().optional(),
  validUntil: Day.nullable().optional(),
});
export type AddMemberBody = z.infer<typeof AddMemberBody>;

export const UpdateMemberBody = z.strictObject({
  version: Version,
  validFrom: Day.nullable().optional(),
  validUntil: Day.nullable().optional(),
});
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const ChairTermBody = z.strictObject({
  version: Version,
  agencyId: z.uuid(),
  startsOn: Day,
  endsOn: Day.nullable().optional(),
  handover: z
    .strictObject({
      conferenceName: Name,
      conferenceDate: Day.nullable().optional(),
      conferencePlace: Name.nullable().optional(),
    })
    .nullable()
    .optional(),
  note: LongText.nullable().optional(),
});
export type ChairTermBody = z.infer<typeof ChairTermBody>;

export const GroupSummary = z.object({
  id: z.uuid(),
  kind: z.enum(GROUP_KINDS),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  description: z.string().nullable(),
  agreementRef: z.string().nullable(),
  version: z.int(),
});
export type GroupSummary = z.infer<typeof GroupSummary>;

export const GroupList = z.object({ items: z.array(GroupSummary) });

export const MembershipView = z.object({
  id: z.uuid(),
  agency: AgencySummary,
  validFrom: Day.nullable(),
  validUntil: Day.nullable(),
});

export const ChairTermView = z.object({
  id: z.uuid(),
  agency: AgencySummary,
  startsOn: Day,
  endsOn: Day.nullable(),
  handover: z
    .object({
      conferenceName: z.string(),
      conferenceDate: Day.nullable(),
      conferencePlace: z.string().nullable(),
    })
    .nullable(),
  note: z.string().nullable(),
});
export type ChairTermView = z.infer<typeof ChairTermView>;

export const GroupDetail = GroupSummary.extend({
  at: Day,
  members: z.array(MembershipView),
  memberships: z.array(MembershipView),
  chairTerms: z.array(ChairTermView),
  currentChair: ChairTermView.nullable(),
  abilities: z.object({ canEditRegistry: z.boolean() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type GroupDetail = z.infer<typeof GroupDetail>;
