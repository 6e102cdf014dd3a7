export const ROLES = [
  'administrator',
  'commander',
  'liaison_officer',
  'investigator',
  'analyst',
  'read_only',
] as const;

export type Role = (typeof ROLES)[number];

/** Tells whether a string is one of the known roles. */
export const isRole = (value: string): value is Role => ROLES.some((role) => role === value);

export type Agency = { id: string; code: string; name: string; kind: string };

/** The signed-in user, as `GET /api/auth/me` and a completed login return it. */
export type Me = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agency: Agency;
  mfaEnrolled: boolean;
  demoMode: boolean;
};

export type LoginState = 'authenticated' | 'mfa_required' | 'mfa_enrolment_required';

export type LoginResult = { state: LoginState; csrfToken: string; user: Me | null };

export type TotpEnrolment = { secret: string; otpauthUri: string };

export type Credentials = { username: string; password: string };
