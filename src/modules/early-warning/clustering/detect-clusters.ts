import { type ClusterSummary, summariseClusters } from './cluster-summary.ts';
import { groupByCluster, type SpaceTimePoint, type StDbscanParams, stDbscan } from './st-dbscan.ts';

/** The method's settings; docs/early-warning.md explains each default. */
export type DetectionParams = StDbscanParams & {
  /** The day the detection speaks of (days since 1970-01-01, UTC+7 calendar). */
  asOfDay: number;
  /** The length of the "recent" window, and of the one before it, for the trend. */
  windowDays: number;
  /** The largest chance of a uniform background producing a cluster that is still reported. */
  alpha: number;
};

export const DEFAULT_DETECTION = {
  epsMetres: 1_500,
  epsDays: 30,
  minPoints: 5,
  windowDays: 30,
  alpha: 0.001,
} as const satisfies Omit<DetectionParams, 'asOfDay'>;

/** Space-time clusters of events that a uniform background would not explain, each with its trend. */
export const detectClusters = (
  points: readonly SpaceTimePoint[],
  params: DetectionParams,
): ClusterSummary[] => summariseClusters(points, groupByCluster(stDbscan(points, params)), params);
