// `npm run bench -- early-warning`: our DBSCAN against PostGIS ST_ClusterDBSCAN on the same 1,000,000 incidents in
// one run, and the full detection's planted clusters found (issue 6). Returns its section of BENCHMARKS.md.
import { cpus } from 'node:os';
import {
  DEFAULT_DETECTION,
  detectClusters,
} from '../../src/modules/early-warning/clustering/detect-clusters.ts';
import { groupByCluster, stDbscan } from '../../src/modules/early-warning/clustering/st-dbscan.ts';
import { compareLabelings, matchPlanted } from './cluster-scores.ts';
import { EARLY_WARNING_HEADING, reportEarlyWarning } from './ew-report.ts';
import { AS_OF_DAY, generateIncidents } from './incidents.ts';
import { measureMapQuery } from './map-query.ts';
import { clusterWithPostgis, loadPoints, openPostgis } from './postgis-baseline.ts';

export { EARLY_WARNING_HEADING };

/** Spatial DBSCAN parameters for the comparison: at 1,000,000 incidents a wider eps joins the whole area. */
export const SPATIAL = { epsMetres: 250, minPoints: 5 } as const;
/** Detection parameters scaled to this density (the defaults are for real caseloads, about 100 times sparser). */
/** A viewport of a fifth of the study area: about 200,000 hotspots, half of them the viewer's. */
export const VIEWPORT = { minLat: 20.5, maxLat: 21.86, minLon: 104.5, maxLon: 107.35 } as const;
export const SCALED_DETECTION = { ...DEFAULT_DETECTION, epsMetres: 500, epsDays: 14 } as const;

const secondsOf = <T>(run: () => T): { result: T; seconds: number } => {
  const started = performance.now();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000 };
};

const optionOf = (args: readonly string[], name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};

const clusterCount = (labels: Int32Array) => labels.reduce((max, label) => Math.max(max, label + 1), 0);

/** Runs the early-warning part with `--ew-count N` incidents (1,000,000) from `--ew-seed S` (1). */
export const runEarlyWarningBench = async (args: readonly string[]): Promise<string> => {
  const count = optionOf(args, '--ew-count', 1_000_000);
  const seed = optionOf(args, '--ew-seed', 1);
  const { points, planted } = generateIncidents(count, seed);
  process.stderr.write(`early warning: ${count} incidents, ${planted.length} planted clusters\n`);
  const ours = secondsOf(() => stDbscan(points, { ...SPATIAL, epsDays: Number.POSITIVE_INFINITY }));
  process.stderr.write(`early warning: our DBSCAN ${ours.seconds.toFixed(1)} s\n`);
  const postgis = await openPostgis();
  let baseline: Parameters<typeof reportEarlyWarning>[0]['baseline'];
  if ('missing' in postgis) baseline = { missing: postgis.missing };
  else {
    try {
      const loadStarted = performance.now();
      await loadPoints(postgis, points);
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      const theirs = await clusterWithPostgis(postgis, points.length, SPATIAL);
      process.stderr.write(`early warning: PostGIS ST_ClusterDBSCAN ${theirs.seconds.toFixed(1)} s\n`);
      baseline = {
        version: postgis.version,
        loadSeconds,
        seconds: theirs.seconds,
        clusters: clusterCount(theirs.labels),
        agreement: compareLabelings(theirs.labels, ours.result),
      };
    } finally {
      await postgis.client.end();
    }
  }
  const detections = [
    { name: 'product defaults', params: DEFAULT_DETECTION },
    { name: 'scaled to this density', params: SCALED_DETECTION },
  ].map(({ name, params }) => {
    const run = secondsOf(() => detectClusters(points, { ...params, asOfDay: AS_OF_DAY }));
    process.stderr.write(`early warning: detection (${name}) ${run.seconds.toFixed(1)} s\n`);
    const match = matchPlanted(
      planted.map((p) => p.members),
      run.result.map((c) => c.members),
    );
    return { name, params, seconds: run.seconds, reported: run.result.length, ...match };
  });
  const mapQuery = 'missing' in postgis ? undefined : await measureMapQuery({ points, planted }, VIEWPORT);
  return reportEarlyWarning({
    mapQuery,
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
    count,
    seed,
    planted,
    ours: { seconds: ours.seconds, clusters: groupByCluster(ours.result).length },
    baseline,
    detections,
  });
};
