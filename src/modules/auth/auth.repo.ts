import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { loginAttempts, sessions, users } from './auth.tables.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type NewLoginAttempt = typeof loginAttempts.$inferInsert;

const first = <T>(rows: T[]): T | undefined => rows[0];

export const findUserById = (db: Db, id: string) =>
  db.select().from(users).where(eq(users.id, id)).then(first);

/** Users are only ever looked up inside the acting agency: another agency's user reads as absent. */
export const findAgencyUser = (db: Db, agencyId: string, id: string) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.agencyId, agencyId)))
    .then(first);

export const findUserByUsername = (db: Db, username: string) =>
  db.select().from(users).where(eq(users.username, username)).then(first);

export const listAgencyUsers = (db: Db, agencyId: string) =>
  db.select().from(users).where(eq(users.agencyId, agencyId)).orderBy(users.username);

export const insertUser = (db: Db, user: NewUser) =>
  db
    .insert(users)
    .values(user)
    .returning()
    .then((rows) => rows[0] as UserRow);

/** Updates a user only at the version the caller saw; undefined means someone changed it first. */
export const updateUserAtVersion = (db: Db, id: string, version: number, changes: Partial<NewUser>) =>
  db
    .update(users)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning()
    .then(first);

export const updateUser = (db: Db, id: string, changes: Partial<NewUser>) =>
  db.update(users).set(changes).where(eq(users.id, id));

export const insertLoginAttempt = (db: Db, attempt: NewLoginAttempt) =>
  db.insert(loginAttempts).values(attempt);

export const countFailuresSince = (db: Db, userId: string, since: Date) =>
  db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.userId, userId), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)),
    )
    .then((rows) => rows[0]?.n ?? 0);

export const insertSession = (db: Db, session: NewSession) =>
  db
    .insert(sessions)
    .values(session)
    .returning()
    .then((rows) => rows[0] as SessionRow);

export const findLiveSessionByTokenHash = (db: Db, tokenHash: string) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)))
    .then(first);

export const findLiveSessionById = (db: Db, id: string) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)))
    .then(first);

export const updateSession = (db: Db, id: string, changes: Partial<NewSession>) =>
  db.update(sessions).set(changes).where(eq(sessions.id, id));

export const endUserSessions = (db: Db, userId: string, at: Date) =>
  db
    .update(sessions)
    .set({ endedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
