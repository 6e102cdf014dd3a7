import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AuditContext, type AuditEntry, recordAuditedRead } from '../modules/audit/index.ts';
import { isCsrfTokenValid, type LiveSession, resolveSession } from '../modules/auth/sessions.service.ts';
import type { AppDeps, RequestContext } from './context.ts';
import { AppError } from './problem.ts';

export const SESSION_COOKIE = 'gr_session';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Who may call a route: `public` (anyone), `partial` (a session still in its second-factor step), or by default
 * only a fully logged-in user. Routes say it in `config.access`; nothing else opens a route.
 */
export type Access = 'public' | 'partial' | 'full';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    live: LiveSession | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const baseAudit = (request: FastifyRequest): AuditContext => ({
  actorUserId: null,
  actorAgencyId: null,
  actorRoles: [],
  authMethod: null,
  sessionHash: null,
  clientIp: request.ip,
  userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
  requestId: request.id,
});

const checkAccess = (request: FastifyRequest, live: LiveSession, access: Access) => {
  const { state } = live.session;
  if (access === 'full' && state !== 'authenticated') {
    throw new AppError(state, 'Complete the second factor first');
  }
  const header = request.headers[CSRF_HEADER];
  if (
    UNSAFE_METHODS.has(request.method) &&
    !isCsrfTokenValid(live.session, typeof header === 'string' ? header : undefined)
  ) {
    throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header`);
  }
};

/** Authenticates every request of the scope it is registered in: default deny, routes opt out by `config.access`. */
export const registerAuthentication = (app: FastifyInstance, deps: AppDeps) => {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('live', null);
  app.addHook('onResponse', auditDenial);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    const access = request.routeOptions.config.access ?? 'full';
    const audit = baseAudit(request);
    request.ctx = { ...deps, actor: null, audit };
    if (access === 'public') {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) {
      throw new AppError('unauthenticated', 'Log in first');
    }
    const live = await resolveSession(deps.db, token, deps.clock());
    checkAccess(request, live, access);
    const { user, session } = live;
    request.live = live;
    request.ctx = {
      ...deps,
      actor: {
        userId: user.id,
        agencyId: user.agencyId,
        roles: user.roles,
        clearance: user.clearance,
        sessionId: session.id,
      },
      audit: {
        ...audit,
        actorUserId: user.id,
        actorAgencyId: user.agencyId,
        actorRoles: user.roles,
        authMethod: session.authMethod,
        sessionHash: session.tokenHash,
      },
    };
  });
};

const DENIED = new Set([403, 404]);

/**
 * Audits every refusal of a logged-in user (403, and 404, which is also how a record of another agency is
 * refused): repeated cross-agency denials are what an audit review looks for. No data left with these answers,
 * so the entry is written after the response.
 */
const auditDenial = async (request: FastifyRequest, reply: FastifyReply) => {
  const { actor, audit, db, clock } = request.ctx ?? {};
  if (!actor || !audit || !db || !clock || !DENIED.has(reply.statusCode)) {
    return;
  }
  const params = (request.params ?? {}) as Record<string, unknown>;
  const entry: AuditEntry = {
    action: request.method === 'GET' ? 'read' : 'update',
    outcome: 'deny',
    objectIds: Object.values(params).filter((value): value is string => typeof value === 'string'),
    detail: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} answered ${reply.statusCode}`,
  };
  await recordAuditedRead(db, { context: audit, entry, at: clock() }).catch((error: unknown) =>
    request.log.error({ err: error, requestId: request.id }, 'could not audit a denial'),
  );
};

/** The live session of a route that is not public; the hook guarantees it. */
export const requireLive = (request: FastifyRequest): LiveSession => {
  if (!request.live) {
    throw new AppError('unauthenticated', 'Log in first');
  }
  return request.live;
};
