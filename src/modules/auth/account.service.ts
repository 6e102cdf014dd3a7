import { withTransaction } from '../../db/connect.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/index.ts';
import { endUserSessions, updateSession, updateUser } from './auth.repo.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';
import type { LiveSession } from './sessions.service.ts';
import { newTotpSecret, totpUri } from './totp.ts';

/** Gives a user who has no authenticator a new secret to scan; it takes effect once a code from it is confirmed. */
export const startTotpEnrolment = async (ctx: RequestContext, live: LiveSession) => {
  if (live.session.state !== 'mfa_enrolment_required') {
    throw new AppError('forbidden', 'This session is not enrolling a second factor');
  }
  const secret = newTotpSecret();
  await updateSession(ctx.db, live.session.id, { pendingTotpSecret: secret });
  return { secret, otpauthUri: totpUri(secret, live.user.username) };
};

/** Ends the session; its cookie is worthless from this moment. */
export const logOut = (ctx: RequestContext, live: LiveSession) =>
  withTransaction(ctx.db, async (trx) => {
    const at = ctx.clock();
    await updateSession(trx, live.session.id, { endedAt: at });
    await appendAudit(trx, ctx.audit, { action: 'logout', outcome: 'allow' }, at);
  });

/** Changes one's own password after checking the current one; every other session of the user ends. */
export const changeOwnPassword = async (
  ctx: RequestContext,
  live: LiveSession,
  input: { currentPassword: string; newPassword: string },
) => {
  if (!(await verifyPassword(live.user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 'The current password is wrong', {
      errors: [{ path: 'currentPassword', code: 'invalid_credentials', message: 'wrong password' }],
    });
  }
  const broken = checkPasswordRules(input.newPassword, live.user.username);
  if (broken) {
    throw new AppError(broken.code, broken.message, { errors: [{ ...broken, path: 'newPassword' }] });
  }
  if (await verifyPassword(live.user.passwordHash, input.newPassword)) {
    throw new AppError('password_reused', 'The new password is the current one', {
      errors: [{ path: 'newPassword', code: 'password_reused', message: 'same as the current password' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx.db, async (trx) => {
    const at = ctx.clock();
    await endUserSessions(trx, live.user.id, at);
    await updateSession(trx, live.session.id, { endedAt: null });
    await updateUser(trx, live.user.id, {
      passwordHash,
      passwordChangedAt: at,
      updatedAt: at,
      updatedBy: live.user.id,
    });
    await appendAudit(
      trx,
      ctx.audit,
      { action: 'password.change', outcome: 'allow', objectType: 'user', objectIds: [live.user.id] },
      at,
    );
  });
};
