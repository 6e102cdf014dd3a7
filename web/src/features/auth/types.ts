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

export type Agency = {
  id: string;
  code: string;
  /** The Vietnamese name. */
  name: string;
  /** The name in the agency's own language (Lao for a Lao force). */
  nameLocal: string | null;
  nameEn: string | null;
  country: string;
  kind: string;
};

/** The agency's name in the reader's language: its own-language name for Lao readers of a Lao force, else Vietnamese. */
export const agencyNameIn = (agency: Agency, language: string): string => {
  if (language === 'lo' && agency.country === 'LA' && agency.nameLocal) {
    return agency.nameLocal;
  }
  if (language === 'en' && agency.nameEn) {
    return agency.nameEn;
  }
  return agency.name;
};

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
