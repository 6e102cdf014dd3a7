import { poissonLowerTail, poissonUpperTail } from './poisson.ts';
import type { SpaceTimePoint, StDbscanParams } from './st-dbscan.ts';

/** How a cluster moves over time, as the alert and the map label it. */
export const CLUSTER_TRENDS = ['new', 'intensifying', 'persistent', 'diminishing', 'historical'] as const;
export type ClusterTrend = (typeof CLUSTER_TRENDS)[number];

/** The trends that raise an alert: the cluster is forming now. */
export const EMERGING_TRENDS: readonly ClusterTrend[] = ['new', 'intensifying'];

export type ClusterSummary = {
  members: number[];
  centroid: { lat: number; lon: number };
  firstDay: number;
  lastDay: number;
  /** The chance that uniform background activity would put this many events in some space and time this size. */
  pValue: number;
  trend: ClusterTrend;
  counts: { recent: number; previous: number; older: number };
};

const M_PER_DEGREE = 111_195;

/** Area in m² of the box around points (degrees), grown by `marginM` on every side. */
const boxAreaM2 = (points: readonly SpaceTimePoint[], members: readonly number[], marginM: number) => {
  let minLat = 90;
  let maxLat = -90;
  let minLon = 180;
  let maxLon = -180;
  for (const i of members) {
    const p = points[i] as SpaceTimePoint;
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLon = Math.min(minLon, p.lon);
    maxLon = Math.max(maxLon, p.lon);
  }
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const width = (maxLon - minLon) * M_PER_DEGREE * cos + 2 * marginM;
  const height = (maxLat - minLat) * M_PER_DEGREE + 2 * marginM;
  return width * height;
};

const spanOf = (days: readonly number[]) => {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  return max - min;
};

/**
 * The trend of a cluster on `asOfDay` from its events in the last window, the one before, and older ones:
 * historical (nothing recent), new (nothing before the recent window), intensifying or diminishing (the recent
 * count is improbable under a Poisson rate equal to the previous window's, p < 0.05 either way), else persistent.
 */
export const trendOf = (days: readonly number[], asOfDay: number, windowDays: number) => {
  let recent = 0;
  let previous = 0;
  let older = 0;
  for (const day of days) {
    if (day > asOfDay) continue;
    if (day > asOfDay - windowDays) recent++;
    else if (day > asOfDay - 2 * windowDays) previous++;
    else older++;
  }
  const counts = { recent, previous, older };
  const trend: ClusterTrend =
    recent === 0
      ? 'historical'
      : previous === 0 && older === 0
        ? 'new'
        : poissonUpperTail(recent, Math.max(previous, 0.5)) < 0.05
          ? 'intensifying'
          : poissonLowerTail(recent, previous) < 0.05
            ? 'diminishing'
            : 'persistent';
  return { trend, counts };
};

/**
 * Summarises each cluster and keeps those unlikely to be chance: the number of events in the cluster's box (grown
 * by half eps) and time span (grown by eps days) is compared with what the study's overall rate, spread uniformly
 * over its own box and period, would put there (Poisson upper tail), times the number of boxes of that size the
 * study holds (a Bonferroni bound for having looked everywhere), below `alpha`.
 */
export const summariseClusters = (
  points: readonly SpaceTimePoint[],
  groups: readonly number[][],
  options: StDbscanParams & { asOfDay: number; windowDays: number; alpha: number },
): ClusterSummary[] => {
  if (points.length === 0) return [];
  const all = points.map((_, i) => i);
  const studyArea = boxAreaM2(points, all, options.epsMetres / 2);
  const timed = Number.isFinite(options.epsDays);
  const studySpan = timed ? spanOf(points.map((p) => p.day)) + options.epsDays : 1;
  const rate = points.length / (studyArea * studySpan);
  return groups.flatMap((members) => {
    const memberDays = members.map((i) => (points[i] as SpaceTimePoint).day);
    const firstDay = memberDays.reduce((a, b) => Math.min(a, b));
    const lastDay = memberDays.reduce((a, b) => Math.max(a, b));
    const span = timed ? lastDay - firstDay + options.epsDays : 1;
    const volume = boxAreaM2(points, members, options.epsMetres / 2) * span;
    // The box was chosen where events bunch: the chance is multiplied by the number of such boxes the study holds.
    const windows = (studyArea * studySpan) / volume;
    const pValue = Math.min(1, poissonUpperTail(members.length, rate * volume) * windows);
    if (pValue >= options.alpha) return [];
    let lat = 0;
    let lon = 0;
    for (const i of members) {
      lat += (points[i] as SpaceTimePoint).lat;
      lon += (points[i] as SpaceTimePoint).lon;
    }
    const { trend, counts } = trendOf(memberDays, options.asOfDay, options.windowDays);
    const centroid = { lat: lat / members.length, lon: lon / members.length };
    return [{ members, centroid, firstDay, lastDay, pValue, trend, counts }];
  });
};
