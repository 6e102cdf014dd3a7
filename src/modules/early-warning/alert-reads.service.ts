import { and, desc, eq } from 'drizzle-orm';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { recordAuditedRead } from '../audit/index.ts';
import {
  type AccessLevel,
  addressedTo,
  isBuiltRecordKind,
  mapRecordLevels,
  viewerOf,
} from '../sharing/index.ts';
import { type AlertEvent, type AlertRow, earlyWarningAlerts } from './alerts.tables.ts';

/** An event of an alert as the reader may know it: its record and level; a pointer does not give the day. */
export type EvidenceItem = Omit<AlertEvent, 'day'> & {
  day: string | null;
  level: Exclude<AccessLevel, 'none'>;
};

export type AlertEvidence = {
  /** The events the reader may read (a pointer is enough to know the record exists and whom to ask). */
  events: EvidenceItem[];
  /** The others, counted by the agency that holds them: "Hưng Yên holds 4 more; contact it". */
  withheld: { ownerAgencyId: string; count: number }[];
};

const audit = (ctx: RequestContext, alerts: AlertRow[], action: 'read' | 'search') =>
  recordAuditedRead(ctx.db, {
    context: ctx.audit,
    at: ctx.clock(),
    entry: {
      action,
      outcome: 'allow',
      objectType: 'alerts',
      objectIds: alerts.map((a) => a.id),
      recordsReturned: alerts.length,
    },
  });

/** The alerts addressed to the actor's agency, latest activity first. */
export const listAlerts = async (ctx: RequestContext, query: { status?: 'open' | 'closed' | undefined }) => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const rows = await ctx.db
    .select()
    .from(earlyWarningAlerts)
    .where(
      and(
        addressedTo(viewer, earlyWarningAlerts.recipientAgencyIds),
        query.status ? eq(earlyWarningAlerts.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(earlyWarningAlerts.updatedAt), desc(earlyWarningAlerts.id))
    .limit(200);
  await audit(ctx, rows, 'search');
  return rows;
};

/**
 * One alert addressed to the actor's agency (404 otherwise, as for an alert that does not exist), with its
 * evidence: each event the actor may read, at its level, and the rest only counted by the agency holding them.
 */
export const readAlert = async (
  ctx: RequestContext,
  alertId: string,
): Promise<{ alert: AlertRow; evidence: AlertEvidence }> => {
  const viewer = await viewerOf(ctx.db, requireActor(ctx), ctx.clock());
  const [alert] = await ctx.db
    .select()
    .from(earlyWarningAlerts)
    .where(
      and(eq(earlyWarningAlerts.id, alertId), addressedTo(viewer, earlyWarningAlerts.recipientAgencyIds)),
    );
  if (!alert) throw new AppError('not_found', 'No such alert');
  const levels = new Map<string, Exclude<AccessLevel, 'none'>>();
  for (const kind of new Set(alert.events.map((e) => e.kind))) {
    if (!isBuiltRecordKind(kind)) continue;
    const ids = alert.events.filter((e) => e.kind === kind).map((e) => e.id);
    for (const [id, level] of await mapRecordLevels(ctx.db, viewer, kind, ids)) levels.set(id, level);
  }
  const events: EvidenceItem[] = [];
  const withheld = new Map<string, number>();
  for (const event of alert.events) {
    const level = levels.get(event.id);
    if (level) events.push({ ...event, day: level === 'pointer' ? null : event.day, level });
    else withheld.set(event.ownerAgencyId, (withheld.get(event.ownerAgencyId) ?? 0) + 1);
  }
  await audit(ctx, [alert], 'read');
  return {
    alert,
    evidence: {
      events,
      withheld: [...withheld].map(([ownerAgencyId, count]) => ({ ownerAgencyId, count })),
    },
  };
};
