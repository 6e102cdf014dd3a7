import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { type Db, withTransaction } from '../../db/connect.ts';
import { recordChange } from '../../events/record-change.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { dayOf } from '../agencies/index.ts';
import { findAgreementsCovering, listAgreementPartyAgencyIds } from '../agreements/index.ts';
import { type Location, listZonesContainingPoint, locatePoint } from '../geo/index.ts';
import { notify } from '../inbox/inbox.service.ts';
import { type AlertEvent, type AlertRow, earlyWarningAlerts, type NewAlert } from './alerts.tables.ts';
import { type ClusterSummary, EMERGING_TRENDS } from './clustering/cluster-summary.ts';
import { DEFAULT_DETECTION, type DetectionParams, detectClusters } from './clustering/detect-clusters.ts';
import { loadWarningEvents, type WarningEvent } from './event-sources.ts';

/** The method's settings and how near a border a cluster must be to raise an alert (docs/early-warning.md). */
export type WarningSettings = Omit<DetectionParams, 'asOfDay'> & { borderKm: number; lookbackDays: number };

export const DEFAULT_WARNING: WarningSettings = { ...DEFAULT_DETECTION, borderKm: 5, lookbackDays: 365 };

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export type WarningRun = { clusters: number; raised: number; updated: number; closed: number };

/** Where a cluster lies relative to borders, or undefined when its centre is outside Vietnam. */
const placeCluster = async (db: Db, cluster: ClusterSummary) => {
  let location: Location;
  try {
    location = await locatePoint(db, cluster.centroid);
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
  if (!location.inVietnam) return undefined;
  return { location, zoneIds: await listZonesContainingPoint(db, location) };
};

const metres = (km: number | null) => (km === null ? null : Math.round(km * 1000));

const isNearBorder = (location: Location, zoneIds: string[], borderKm: number) =>
  zoneIds.length > 0 ||
  (location.distanceToProvincialBoundaryKm ?? Number.POSITIVE_INFINITY) <= borderKm ||
  (location.distanceToNationalBorderKm ?? Number.POSITIVE_INFINITY) <= borderKm;

/**
 * Who is told: the forces holding the cluster's events, and every party of the agreements in force that cover a
 * zone holding its centre. A cluster near a border but in no agreed zone is told only to the forces that hold it.
 */
const recipientsOf = async (db: Db, events: AlertEvent[], zoneIds: string[], day: string) => {
  const covering =
    zoneIds.length === 0
      ? []
      : await findAgreementsCovering(db, { agencyIds: [], domain: 'drugs', at: day, zoneIds });
  const parties = await listAgreementPartyAgencyIds(
    db,
    covering.map((a) => a.id),
  );
  return [...new Set([...events.map((e) => e.ownerAgencyId), ...parties])].sort();
};

const clusterColumns = (cluster: ClusterSummary, events: AlertEvent[], at: Date) => ({
  trend: cluster.trend,
  events,
  eventCount: events.length,
  recentCount: cluster.counts.recent,
  previousCount: cluster.counts.previous,
  firstDay: dayText(cluster.firstDay),
  lastDay: dayText(cluster.lastDay),
  pValue: cluster.pValue,
  updatedAt: at,
});

const tell = async (db: Db, alert: AlertRow, event: 'alert.raised' | 'alert.updated', at: Date) => {
  for (const agencyId of alert.recipientAgencyIds) {
    await notify(
      db,
      {
        agencyId,
        kind: 'early_warning',
        groupKey: `early_warning:${alert.id}:${dayOf(at)}`,
        recordKind: 'alerts',
        recordId: alert.id,
        event: { at: at.toISOString(), event, recordId: alert.id, byAgencyId: agencyId },
      },
      at,
    );
  }
};

const alertChange = (alert: AlertRow, action: 'create' | 'update', event: string) => ({
  action,
  objectType: 'alerts',
  objectId: alert.id,
  ownerAgencyId: null,
  eventType: event,
  payload: { alertId: alert.id, trend: alert.trend, eventCount: alert.eventCount, version: alert.version },
});

/**
 * One run of the early warning as of `ctx.clock()`: clusters the events of the last `lookbackDays`, raises an alert
 * for each emerging cluster (new or intensifying) in a border zone or within `borderKm` of a provincial or national
 * border, updates the open alert a cluster shares events with instead of raising a second one (whatever its trend
 * now), and closes open alerts whose cluster is gone. Each recipient is notified once a day per alert (a digest).
 */
export const runEarlyWarning = (ctx: RequestContext, settings: WarningSettings = DEFAULT_WARNING) =>
  withTransaction(ctx.db, async (db): Promise<WarningRun> => {
    const at = ctx.clock();
    const today = dayOf(at);
    const asOfDay = dayNumber(today);
    const events: WarningEvent[] = await loadWarningEvents(db, dayText(asOfDay - settings.lookbackDays));
    const points = events.map((e) => ({ lat: e.lat, lon: e.lon, day: dayNumber(e.day) }));
    const clusters = detectClusters(points, { ...settings, asOfDay });
    const open = await db.select().from(earlyWarningAlerts).where(eq(earlyWarningAlerts.status, 'open'));
    const run: WarningRun = { clusters: clusters.length, raised: 0, updated: 0, closed: 0 };
    const kept = new Set<string>();
    for (const cluster of clusters) {
      const members: AlertEvent[] = cluster.members.map((i) => {
        const { kind, id, ownerAgencyId, day } = events[i] as WarningEvent;
        return { kind, id, ownerAgencyId, day };
      });
      const ids = new Set(members.map((e) => e.id));
      const existing = open.find((alert) => !kept.has(alert.id) && alert.events.some((e) => ids.has(e.id)));
      if (existing) {
        kept.add(existing.id);
        const same =
          existing.trend === cluster.trend &&
          existing.events.length === members.length &&
          existing.events.every((e) => ids.has(e.id));
        if (same) continue;
        const recipients = await recipientsOf(db, members, existing.zoneIds, today);
        const [alert] = await db
          .update(earlyWarningAlerts)
          .set({
            ...clusterColumns(cluster, members, at),
            recipientAgencyIds: [...new Set([...existing.recipientAgencyIds, ...recipients])],
            version: existing.version + 1,
          })
          .where(eq(earlyWarningAlerts.id, existing.id))
          .returning();
        if (!alert) continue;
        await recordChange(ctx, db, alertChange(alert, 'update', 'alert.updated'), at);
        await tell(db, alert, 'alert.updated', at);
        run.updated++;
        continue;
      }
      if (!EMERGING_TRENDS.includes(cluster.trend)) continue;
      const placed = await placeCluster(db, cluster);
      if (!placed || !isNearBorder(placed.location, placed.zoneIds, settings.borderKm)) continue;
      const { location, zoneIds } = placed;
      const row: NewAlert = {
        id: uuidv7(),
        ...clusterColumns(cluster, members, at),
        lat: cluster.centroid.lat,
        lon: cluster.centroid.lon,
        provinceCode: location.province?.code ?? null,
        nearestProvinceCode: location.nearestProvince?.code ?? null,
        distanceToProvincialBoundaryM: metres(location.distanceToProvincialBoundaryKm),
        nationalBorderCountry: location.nationalBorderCountry,
        distanceToNationalBorderM: metres(location.distanceToNationalBorderKm),
        zoneIds,
        recipientAgencyIds: await recipientsOf(db, members, zoneIds, today),
        raisedAt: at,
      };
      const [alert] = await db.insert(earlyWarningAlerts).values(row).returning();
      if (!alert) throw new Error('the alert insert returned no row');
      await recordChange(ctx, db, alertChange(alert, 'create', 'alert.raised'), at);
      await tell(db, alert, 'alert.raised', at);
      run.raised++;
    }
    for (const alert of open.filter((a) => !kept.has(a.id))) {
      const [closed] = await db
        .update(earlyWarningAlerts)
        .set({ status: 'closed', closedAt: at, updatedAt: at, version: alert.version + 1 })
        .where(eq(earlyWarningAlerts.id, alert.id))
        .returning();
      if (closed) await recordChange(ctx, db, alertChange(closed, 'update', 'alert.closed'), at);
      run.closed++;
    }
    return run;
  });
