import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/index.ts';
import { ROLES, SESSION_STATES } from './auth.tables.ts';
import { PASSWORD_MAX } from './passwords.ts';

export const Role = z.enum(ROLES);

export const Username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, underscore or hyphen');

/** Length rules for new passwords are checked by `checkPasswordRules` to give their own codes; this only bounds size. */
export const PasswordInput = z
  .string()
  .min(1)
  .max(PASSWORD_MAX * 4);

export const LoginBody = z.strictObject({ username: z.string().min(1).max(200), password: PasswordInput });
export type LoginBody = z.infer<typeof LoginBody>;

export const TotpBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') });

export const ChangePasswordBody = z.strictObject({
  currentPassword: PasswordInput,
  newPassword: PasswordInput,
});

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  agency: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    nameLocal: z.string().nullable(),
    nameEn: z.string().nullable(),
    country: z.string(),
    kind: z.enum(AGENCY_KINDS),
  }),
  mfaEnrolled: z.boolean(),
  demoMode: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const LoginResult = z.object({
  state: z.enum(SESSION_STATES),
  csrfToken: z.string(),
  user: Me.nullable(),
});

export const MeResult = z.object({ user: Me, csrfToken: z.string() });

export const TotpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string() });
