import { z } from 'zod';
import { CLASSIFICATIONS } from '../../db/columns.ts';
import { Version } from '../../http/common.schemas.ts';
import { PasswordInput, Role, Username } from './auth.schemas.ts';

export const UserIdParams = z.strictObject({ userId: z.uuid() });

export const Clearance = z.enum(CLASSIFICATIONS);

export const DisplayName = z.string().trim().min(1).max(200);

export const CreateUserBody = z.strictObject({
  username: Username,
  displayName: DisplayName,
  roles: z.array(Role).min(1).max(6),
  clearance: Clearance.optional(),
  password: PasswordInput,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.strictObject({
  version: Version,
  displayName: DisplayName.optional(),
  roles: z.array(Role).min(1).max(6).optional(),
  clearance: Clearance.optional(),
  isDisabled: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const VersionBody = z.strictObject({ version: Version });

export const UserView = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  clearance: Clearance,
  agencyId: z.uuid(),
  isLocked: z.boolean(),
  isDisabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
});
export type UserView = z.infer<typeof UserView>;

export const UserList = z.object({ items: z.array(UserView) });
