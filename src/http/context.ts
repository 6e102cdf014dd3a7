import type { Config } from '../config.ts';
import type { Classification } from '../db/columns.ts';
import type { Db, Engine } from '../db/connect.ts';
import type { AuditContext } from '../modules/audit/index.ts';
import type { Role } from '../modules/auth/auth.tables.ts';

/** The time source: `() => new Date()` in production, a movable clock in tests. */
export type Clock = () => Date;

/** What the server is built from; passed down explicitly, never imported as a singleton. */
export type AppDeps = { db: Db; engine: Engine; clock: Clock; config: Config };

/** The authenticated caller: a user of one agency with its roles. */
export type Actor = {
  userId: string;
  agencyId: string;
  roles: Role[];
  /** The highest state secret level the user may read. */
  clearance: Classification;
  sessionId: string;
};

/** What a service needs to act for a request: the database, the time, who acts, and the audit trail context. */
export type RequestContext = AppDeps & { actor: Actor | null; audit: AuditContext };

/** The actor of a route that requires login; the auth hook guarantees it is set there. */
export const requireActor = (ctx: RequestContext): Actor => {
  if (!ctx.actor) {
    throw new Error('requireActor called on a public route');
  }
  return ctx.actor;
};

/** A context for work started outside a request (CLI, demo seed): no actor, and the audit names the tool. */
export const systemContext = (deps: AppDeps, tool: string): RequestContext => ({
  ...deps,
  actor: null,
  audit: {
    actorUserId: null,
    actorAgencyId: null,
    actorRoles: [],
    authMethod: 'system',
    sessionHash: null,
    clientIp: null,
    userAgent: tool,
    requestId: null,
  },
});
