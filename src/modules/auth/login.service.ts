import { v7 as uuidv7 } from 'uuid';
import { withTransaction } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { type AuditContext, type AuditEntry, appendAudit } from '../audit/index.ts';
import {
  countFailuresSince,
  findUserByUsername,
  insertLoginAttempt,
  type SessionRow,
  type UserRow,
  updateSession,
  updateUser,
} from './auth.repo.ts';
import type { SessionState } from './auth.tables.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { startSession } from './sessions.service.ts';
import { checkTotp } from './totp.ts';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export type LoginOutcome = { state: SessionState; token: string; session: SessionRow; user: UserRow };

/** Usernames are compared trimmed, NFC and lower-case. */
export const normalizeUsername = (username: string): string => username.trim().normalize('NFC').toLowerCase();

const auditOf = (ctx: RequestContext, user: UserRow | undefined): AuditContext => ({
  ...ctx.audit,
  actorUserId: user?.id ?? null,
  actorAgencyId: user?.agencyId ?? null,
  actorRoles: user?.roles ?? [],
});

/**
 * Records a failed password or code and locks the account at the fifth failure within 15 minutes
 * (counted since the last unlock or login). The transaction commits before the caller throws.
 */
const recordFailure = async (
  ctx: RequestContext,
  username: string,
  user: UserRow | undefined,
  entry: AuditEntry,
) => {
  const at = ctx.clock();
  await withTransaction(ctx.db, async (trx) => {
    await insertLoginAttempt(trx, { id: uuidv7(), userId: user?.id ?? null, username, succeeded: false, at });
    let detail = entry.detail ?? null;
    if (user && !user.lockedAt) {
      const windowStart = Math.max(
        at.getTime() - LOCKOUT_WINDOW_MS,
        user.unlockedAt?.getTime() ?? 0,
        user.lastLoginAt?.getTime() ?? 0,
      );
      const failures = await countFailuresSince(trx, user.id, new Date(windowStart));
      if (failures >= LOCKOUT_FAILURES) {
        await updateUser(trx, user.id, { lockedAt: at });
        detail = 'account locked after repeated failures';
      }
    }
    await appendAudit(trx, auditOf(ctx, user), { ...entry, outcome: 'deny', detail }, at);
  });
};

const stateAfterPassword = (ctx: RequestContext, user: UserRow): SessionState => {
  if (user.totpSecret) {
    return 'mfa_required';
  }
  return ctx.config.demoMode ? 'authenticated' : 'mfa_enrolment_required';
};

/** Step one: the password. The same `invalid_credentials` for an unknown, wrong, locked or disabled account. */
export const logIn = async (ctx: RequestContext, input: { username: string; password: string }) => {
  const username = normalizeUsername(input.username);
  const user = await findUserByUsername(ctx.db, username);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !passwordOk || user.lockedAt || user.disabledAt) {
    const reason = !user
      ? 'unknown user'
      : user.disabledAt
        ? 'disabled'
        : user.lockedAt
          ? 'locked'
          : 'wrong password';
    await recordFailure(ctx, username, user, { action: 'login', outcome: 'deny', detail: reason });
    throw new AppError('invalid_credentials', 'Wrong username or password, or the account is locked');
  }
  const at = ctx.clock();
  const state = stateAfterPassword(ctx, user);
  return withTransaction(ctx.db, async (trx): Promise<LoginOutcome> => {
    await insertLoginAttempt(trx, { id: uuidv7(), userId: user.id, username, succeeded: true, at });
    const { token, session } = await startSession(trx, {
      user,
      state,
      at,
      clientIp: ctx.audit.clientIp,
      userAgent: ctx.audit.userAgent,
    });
    if (state === 'authenticated') {
      await updateUser(trx, user.id, { lastLoginAt: at });
    }
    const detail =
      state === 'authenticated' ? 'password (demo mode: no second factor)' : `password accepted; ${state}`;
    await appendAudit(
      trx,
      { ...auditOf(ctx, user), sessionHash: session.tokenHash },
      { action: 'login', outcome: 'allow', detail },
      at,
    );
    return { state, token, session, user };
  });
};

/** Step two: a code from the authenticator. Failures count toward the lockout like wrong passwords. */
export const verifySecondFactor = async (
  ctx: RequestContext,
  live: { session: SessionRow; user: UserRow },
  code: string,
): Promise<{ session: SessionRow; user: UserRow }> => {
  const { session, user } = live;
  const secret = session.state === 'mfa_enrolment_required' ? session.pendingTotpSecret : user.totpSecret;
  const at = ctx.clock();
  const step = secret ? await checkTotp({ secret, code, at, lastStep: user.totpLastStep }) : null;
  const action = session.state === 'mfa_enrolment_required' ? 'mfa.enrol' : 'mfa.verify';
  if (step === null || !secret) {
    await recordFailure(ctx, user.username, user, { action, outcome: 'deny', detail: 'wrong code' });
    throw new AppError('invalid_totp_code', 'The code is wrong, expired or already used');
  }
  return withTransaction(ctx.db, async (trx) => {
    await updateUser(trx, user.id, { totpSecret: secret, totpLastStep: step, lastLoginAt: at });
    await updateSession(trx, session.id, {
      state: 'authenticated',
      authMethod: 'password+totp',
      pendingTotpSecret: null,
    });
    await appendAudit(
      trx,
      { ...auditOf(ctx, user), authMethod: 'password+totp' },
      { action, outcome: 'allow' },
      at,
    );
    const updated = { ...session, state: 'authenticated' as const, authMethod: 'password+totp' };
    return { session: updated, user: { ...user, totpSecret: secret } };
  });
};
