import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../http/problem.ts';
import {
  findLiveSessionById,
  findLiveSessionByTokenHash,
  insertSession,
  type SessionRow,
  type UserRow,
  updateSession,
} from './auth.repo.ts';
import type { SessionState } from './auth.tables.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const randomToken = (): string => randomBytes(32).toString('base64url');

export type LiveSession = { session: SessionRow; user: UserRow };

/** Opens a session for a user who passed the password step; returns the cookie token (never stored). */
export const startSession = async (
  trx: Db,
  input: { user: UserRow; state: SessionState; at: Date; clientIp: string | null; userAgent: string | null },
): Promise<{ token: string; session: SessionRow }> => {
  const token = randomToken();
  const session = await insertSession(trx, {
    id: uuidv7(),
    tokenHash: hashToken(token),
    userId: input.user.id,
    state: input.state,
    csrfToken: randomToken(),
    authMethod: 'password',
    createdAt: input.at,
    lastSeenAt: input.at,
    clientIp: input.clientIp,
    userAgent: input.userAgent,
  });
  return { token, session };
};

/** The live session for a cookie token; ends it and answers `session_expired` past the idle or absolute limit. */
export const resolveSession = async (db: Db, token: string, now: Date): Promise<LiveSession> => {
  const found = await findLiveSessionByTokenHash(db, hashToken(token));
  if (!found || found.user.disabledAt || found.user.lockedAt) {
    throw new AppError('unauthenticated', 'No valid session');
  }
  const idleFor = now.getTime() - found.session.lastSeenAt.getTime();
  const age = now.getTime() - found.session.createdAt.getTime();
  if (idleFor > SESSION_IDLE_MS || age > SESSION_ABSOLUTE_MS) {
    await updateSession(db, found.session.id, { endedAt: now });
    throw new AppError('session_expired', 'The session has expired; log in again');
  }
  if (idleFor > TOUCH_EVERY_MS) {
    await updateSession(db, found.session.id, { lastSeenAt: now });
  }
  return found;
};

/**
 * Whether a session still holds (not logged out nor terminated, its user neither disabled nor locked, within the idle
 * and absolute limits), without counting the question as activity: what a long-lived connection such as the live
 * inbox asks periodically, so that it closes when the session ends.
 */
export const isSessionLive = async (db: Db, sessionId: string, now: Date): Promise<boolean> => {
  const found = await findLiveSessionById(db, sessionId);
  if (!found || found.user.disabledAt || found.user.lockedAt) return false;
  const idleFor = now.getTime() - found.session.lastSeenAt.getTime();
  const age = now.getTime() - found.session.createdAt.getTime();
  return idleFor <= SESSION_IDLE_MS && age <= SESSION_ABSOLUTE_MS;
};

/** Constant-time comparison of the CSRF header with the session's token. */
export const isCsrfTokenValid = (session: SessionRow, header: string | undefined): boolean => {
  if (!header) {
    return false;
  }
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
