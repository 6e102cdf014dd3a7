import { bigint, boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, stampColumns, utcTimestamp } from '../../db/columns.ts';

export const ROLES = [
  'administrator',
  'commander',
  'liaison_officer',
  'investigator',
  'analyst',
  'read_only',
] as const;
export type Role = (typeof ROLES)[number];

/** Accounts: each belongs to one agency, which administers it. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles', { enum: ROLES }).array().notNull(),
    /** The highest state secret level the user may read (Mật, Tối mật, Tuyệt mật); `none` reads only unclassified records. */
    clearance: text('clearance', { enum: CLASSIFICATIONS }).notNull().default('none'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: utcTimestamp('password_changed_at').notNull(),
    totpSecret: text('totp_secret'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    lockedAt: utcTimestamp('locked_at'),
    unlockedAt: utcTimestamp('unlocked_at'),
    disabledAt: utcTimestamp('disabled_at'),
    lastLoginAt: utcTimestamp('last_login_at'),
    ...stampColumns(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.username), index('users_agency_idx').on(t.agencyId)],
);

export const SESSION_STATES = ['mfa_required', 'mfa_enrolment_required', 'authenticated'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull(),
    state: text('state', { enum: SESSION_STATES }).notNull(),
    csrfToken: text('csrf_token').notNull(),
    pendingTotpSecret: text('pending_totp_secret'),
    authMethod: text('auth_method').notNull(),
    createdAt: utcTimestamp('created_at').notNull(),
    lastSeenAt: utcTimestamp('last_seen_at').notNull(),
    endedAt: utcTimestamp('ended_at'),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Every login attempt, kept to count failures for the lockout rule. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id'),
    username: text('username').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: utcTimestamp('at').notNull(),
    clientIp: text('client_ip'),
  },
  (t) => [index('login_attempts_user_idx').on(t.userId, t.at)],
);
