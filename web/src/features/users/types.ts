import type { Role } from '../auth/types';

/** A user account as the users endpoints return it; timestamps are UTC ISO 8601. */
export type User = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  isLocked: boolean;
  isDisabled: boolean;
  mfaEnrolled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type CreateUserBody = { username: string; displayName: string; roles: Role[]; password: string };

/** What every change of an existing user carries: its id and the version the admin saw. */
export type UserVersion = { id: string; version: number };
