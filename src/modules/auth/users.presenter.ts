import type { AgencyRow } from '../agencies/index.ts';
import type { UserRow } from './auth.repo.ts';
import type { Me } from './auth.schemas.ts';
import type { UserView } from './users.schemas.ts';

/** A user as an administrator of its agency sees it: never the password hash or the TOTP secret. */
export const presentUser = (user: UserRow): UserView => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  clearance: user.clearance,
  agencyId: user.agencyId,
  isLocked: user.lockedAt !== null,
  isDisabled: user.disabledAt !== null,
  mfaEnrolled: user.totpSecret !== null,
  lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  createdAt: user.createdAt.toISOString(),
  updatedAt: user.updatedAt.toISOString(),
  version: user.version,
});

/** The logged-in user and its agency, for the header of the web app. */
export const presentMe = (user: UserRow, agency: AgencyRow, demoMode: boolean): Me => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  agency: {
    id: agency.id,
    code: agency.code,
    name: agency.nameVi,
    nameLocal: agency.nameLocal,
    nameEn: agency.nameEn,
    country: agency.country,
    kind: agency.kind,
  },
  mfaEnrolled: user.totpSecret !== null,
  demoMode,
});
