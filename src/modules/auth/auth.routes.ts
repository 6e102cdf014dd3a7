import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireLive, SESSION_COOKIE } from '../../http/auth.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { findAgency } from '../agencies/index.ts';
import { changeOwnPassword, logOut, startTotpEnrolment } from './account.service.ts';
import type { SessionRow, UserRow } from './auth.repo.ts';
import {
  ChangePasswordBody,
  LoginBody,
  LoginResult,
  MeResult,
  TotpBody,
  TotpEnrolment,
} from './auth.schemas.ts';
import { logIn, verifySecondFactor } from './login.service.ts';
import { presentMe } from './users.presenter.ts';

const me = async (ctx: RequestContext, user: UserRow) => {
  const agency = await findAgency(ctx.db, user.agencyId);
  if (!agency) {
    throw new AppError('internal_error', `user ${user.id} has no agency`);
  }
  return presentMe(user, agency, ctx.config.demoMode);
};

const loginResult = async (ctx: RequestContext, session: SessionRow, user: UserRow) => ({
  state: session.state,
  csrfToken: session.csrfToken,
  user: session.state === 'authenticated' ? await me(ctx, user) : null,
});

const setSessionCookie = (reply: FastifyReply, ctx: RequestContext, token: string) =>
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    path: '/',
  });

/** Login in two steps, second-factor enrolment, the current user, logout and password change. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResult } },
    },
    async (request, reply) => {
      const outcome = await logIn(request.ctx, request.body);
      setSessionCookie(reply, request.ctx, outcome.token);
      return loginResult(request.ctx, outcome.session, outcome.user);
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { access: 'partial' },
      schema: { tags: ['auth'], body: TotpBody, response: { 200: LoginResult } },
    },
    async (request) => {
      const live = requireLive(request);
      if (live.session.state !== 'mfa_required') {
        throw new AppError('forbidden', 'This session is not waiting for a code');
      }
      const done = await verifySecondFactor(request.ctx, live, request.body.code);
      return loginResult(request.ctx, done.session, done.user);
    },
  );

  app.post(
    '/auth/totp/enrolment',
    { config: { access: 'partial' }, schema: { tags: ['auth'], response: { 200: TotpEnrolment } } },
    async (request) => startTotpEnrolment(request.ctx, requireLive(request)),
  );

  app.post(
    '/auth/totp/enrolment/confirm',
    {
      config: { access: 'partial' },
      schema: { tags: ['auth'], body: TotpBody, response: { 200: LoginResult } },
    },
    async (request) => {
      const live = requireLive(request);
      if (live.session.state !== 'mfa_enrolment_required' || !live.session.pendingTotpSecret) {
        throw new AppError('forbidden', 'Start the enrolment first');
      }
      const done = await verifySecondFactor(request.ctx, live, request.body.code);
      return loginResult(request.ctx, done.session, done.user);
    },
  );

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: MeResult } } }, async (request) => {
    const { user, session } = requireLive(request);
    return { user: await me(request.ctx, user), csrfToken: session.csrfToken };
  });

  app.post(
    '/auth/logout',
    { config: { access: 'partial' }, schema: { tags: ['auth'], response: { 204: z.undefined() } } },
    async (request, reply) => {
      await logOut(request.ctx, requireLive(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags: ['auth'], body: ChangePasswordBody, response: { 204: z.undefined() } } },
    async (request, reply) => {
      await changeOwnPassword(request.ctx, requireLive(request), request.body);
      return reply.code(204).send();
    },
  );
};
