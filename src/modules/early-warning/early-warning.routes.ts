import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { AgencySummary, dayOf, mapAgenciesById, presentAgencySummary } from '../agencies/index.ts';
import { SHARING_LEVELS } from '../sharing/index.ts';
import { listAlerts, readAlert } from './alert-reads.service.ts';
import { ALERT_STATUSES, type AlertRow } from './alerts.tables.ts';
import { CLUSTER_TRENDS } from './clustering/cluster-summary.ts';
import { runEarlyWarning } from './warning-run.service.ts';

const AlertView = z.object({
  id: z.uuid(),
  status: z.enum(ALERT_STATUSES),
  trend: z.enum(CLUSTER_TRENDS),
  lat: z.number(),
  lon: z.number(),
  provinceCode: z.string().nullable(),
  nearestProvinceCode: z.string().nullable(),
  distanceToProvincialBoundaryM: z.int().nullable(),
  nationalBorderCountry: z.string().nullable(),
  distanceToNationalBorderM: z.int().nullable(),
  zoneIds: z.array(z.uuid()),
  eventCount: z.int(),
  recentCount: z.int(),
  previousCount: z.int(),
  firstDay: z.string(),
  lastDay: z.string(),
  pValue: z.number(),
  raisedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
});

const Evidence = z.object({
  events: z.array(
    z.object({
      kind: z.string(),
      id: z.uuid(),
      day: z.string().nullable(),
      level: z.enum(SHARING_LEVELS),
      ownerAgency: AgencySummary,
    }),
  ),
  withheld: z.array(z.object({ ownerAgency: AgencySummary, count: z.int() })),
});

const present = (alert: AlertRow): z.infer<typeof AlertView> => ({
  id: alert.id,
  status: alert.status,
  trend: alert.trend,
  lat: alert.lat,
  lon: alert.lon,
  provinceCode: alert.provinceCode,
  nearestProvinceCode: alert.nearestProvinceCode,
  distanceToProvincialBoundaryM: alert.distanceToProvincialBoundaryM,
  nationalBorderCountry: alert.nationalBorderCountry,
  distanceToNationalBorderM: alert.distanceToNationalBorderM,
  zoneIds: alert.zoneIds,
  eventCount: alert.eventCount,
  recentCount: alert.recentCount,
  previousCount: alert.previousCount,
  firstDay: alert.firstDay,
  lastDay: alert.lastDay,
  pValue: alert.pValue,
  raisedAt: alert.raisedAt.toISOString(),
  updatedAt: alert.updatedAt.toISOString(),
  closedAt: alert.closedAt?.toISOString() ?? null,
});

const tags = ['early-warning'];

/** Early-warning alerts, read by the agencies they are addressed to; a run on demand for administrators. */
export const earlyWarningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/early-warning/alerts',
    {
      schema: {
        tags,
        querystring: z.strictObject({ status: z.enum(ALERT_STATUSES).optional() }),
        response: { 200: z.object({ items: z.array(AlertView) }) },
      },
    },
    async (request) => ({ items: (await listAlerts(request.ctx, request.query)).map(present) }),
  );

  app.get(
    '/early-warning/alerts/:alertId',
    {
      schema: {
        tags,
        params: z.strictObject({ alertId: z.uuid() }),
        response: { 200: AlertView.extend({ evidence: Evidence }) },
      },
    },
    async (request) => {
      const ctx = request.ctx;
      const { alert, evidence } = await readAlert(ctx, request.params.alertId);
      const agencies = await mapAgenciesById(ctx.db, [
        ...evidence.events.map((e) => e.ownerAgencyId),
        ...evidence.withheld.map((w) => w.ownerAgencyId),
      ]);
      const day = dayOf(ctx.clock());
      const summary = (id: string) =>
        presentAgencySummary(agencies.get(id) as NonNullable<ReturnType<typeof agencies.get>>, day);
      return {
        ...present(alert),
        evidence: {
          events: evidence.events.map(({ ownerAgencyId, ...event }) => ({
            ...event,
            ownerAgency: summary(ownerAgencyId),
          })),
          withheld: evidence.withheld.map(({ ownerAgencyId, count }) => ({
            ownerAgency: summary(ownerAgencyId),
            count,
          })),
        },
      };
    },
  );

  app.post(
    '/early-warning/run',
    {
      schema: {
        tags,
        description: 'Runs the early warning now (it also runs on a schedule); administrators only.',
        response: {
          200: z.object({ clusters: z.int(), raised: z.int(), updated: z.int(), closed: z.int() }),
        },
      },
    },
    async (request) => {
      if (!requireActor(request.ctx).roles.includes('administrator')) {
        throw new AppError('forbidden', 'Only administrators run the early warning by hand');
      }
      return runEarlyWarning(request.ctx);
    },
  );
};
