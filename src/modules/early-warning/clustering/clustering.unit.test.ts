import { describe, expect, it } from 'vitest';
import { createRandom } from '../../persons/generate/random.ts';
import { trendOf } from './cluster-summary.ts';
import { DEFAULT_DETECTION, detectClusters } from './detect-clusters.ts';
import { poissonLowerTail, poissonUpperTail } from './poisson.ts';
import { groupByCluster, type SpaceTimePoint, stDbscan } from './st-dbscan.ts';

const AS_OF = 20_000;
const METRE_DEG = 1 / 111_195;

/** Uniform events over a box of `km` × `km` around (lat, lon) and `days` days before AS_OF. */
const uniform = (seed: number, count: number, km: number, days: number, lat = 20.9, lon = 105.9) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: lat + (random() - 0.5) * km * 1000 * METRE_DEG,
    lon: lon + (random() - 0.5) * km * 1000 * METRE_DEG,
    day: AS_OF - Math.floor(random() * days),
  }));
};

/** A tight group: `count` events within `radiusM` of (lat, lon), in the last `days` days. */
const planted = (seed: number, count: number, lat: number, lon: number, radiusM: number, days: number) => {
  const random = createRandom(seed, 1);
  return Array.from({ length: count }, () => {
    const r = radiusM * Math.sqrt(random());
    const a = random() * 2 * Math.PI;
    return {
      lat: lat + r * Math.sin(a) * METRE_DEG,
      lon: lon + r * Math.cos(a) * METRE_DEG,
      day: AS_OF - Math.floor(random() * days),
    };
  });
};

describe('Poisson tails', () => {
  it('match the closed forms', () => {
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(poissonLowerTail(0, 2)).toBeCloseTo(Math.exp(-2), 12);
    expect(poissonLowerTail(2, 3)).toBeCloseTo(Math.exp(-3) * (1 + 3 + 4.5), 12);
    expect(poissonUpperTail(0, 5)).toBe(1);
    expect(poissonUpperTail(1000, 900)).toBeGreaterThan(0);
    expect(poissonUpperTail(1000, 900)).toBeLessThan(0.01);
  });
});

describe('space-time DBSCAN', () => {
  const at = (lat: number, lon: number, day: number): SpaceTimePoint => ({ lat, lon, day });
  it('joins points near in space and time, leaves the lonely ones as noise, and splits by time', () => {
    const near = (day: number) => [0, 1, 2, 3, 4].map((i) => at(21 + i * 100 * METRE_DEG, 105.5, day + i));
    const points = [...near(100), ...near(400), at(22, 106, 100)];
    const labels = stDbscan(points, { epsMetres: 500, epsDays: 30, minPoints: 3 });
    expect(groupByCluster(labels)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
    expect(labels[10]).toBe(-1);
    // In space alone (as PostGIS ST_ClusterDBSCAN), the two periods are one cluster.
    const spatial = stDbscan(points, { epsMetres: 500, epsDays: Number.POSITIVE_INFINITY, minPoints: 3 });
    expect(groupByCluster(spatial)).toHaveLength(1);
    expect(groupByCluster(spatial)[0]).toHaveLength(10);
  });

  it('gives a border point to the cluster that reaches it without expanding from it', () => {
    const chain = [0, 400, 800, 1200].map((m) => at(21, 105.5 + m * METRE_DEG, 1));
    const labels = stDbscan(chain, { epsMetres: 450, epsDays: 5, minPoints: 3 });
    expect([...labels]).toEqual([0, 0, 0, 0]);
  });
});

describe('early-warning detection', () => {
  it('finds a planted cluster near the Hà Nội - Hưng Yên boundary in uniform noise, as new', () => {
    const noise = uniform(7, 3000, 60, 365);
    const cluster = planted(8, 25, 20.93, 105.93, 400, 20);
    const found = detectClusters([...noise, ...cluster], { ...DEFAULT_DETECTION, asOfDay: AS_OF });
    const plantedIndices = new Set(cluster.map((_, i) => noise.length + i));
    const hits = found.filter((c) => c.members.filter((m) => plantedIndices.has(m)).length >= 20);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.centroid.lat).toBeCloseTo(20.93, 2);
    expect(hits[0]?.centroid.lon).toBeCloseTo(105.93, 2);
    expect(['new', 'intensifying']).toContain(hits[0]?.trend);
    // Nothing else stands out: every reported cluster is the planted one.
    expect(found).toHaveLength(1);
  });

  it('reports nothing in uniform noise alone, even dense noise that DBSCAN groups', () => {
    for (const seed of [1, 2, 3]) {
      const noise = uniform(seed, 20_000, 30, 365);
      const groups = groupByCluster(stDbscan(noise, { ...DEFAULT_DETECTION }));
      expect(groups.length).toBeGreaterThan(0);
      expect(detectClusters(noise, { ...DEFAULT_DETECTION, asOfDay: AS_OF })).toEqual([]);
    }
  });
});

describe('cluster trends', () => {
  const days = (counts: { recent: number; previous: number; older: number }) => [
    ...Array.from({ length: counts.recent }, () => AS_OF - 1),
    ...Array.from({ length: counts.previous }, () => AS_OF - 40),
    ...Array.from({ length: counts.older }, () => AS_OF - 100),
  ];
  it.each([
    [{ recent: 6, previous: 0, older: 0 }, 'new'],
    [{ recent: 14, previous: 4, older: 3 }, 'intensifying'],
    [{ recent: 5, previous: 5, older: 8 }, 'persistent'],
    [{ recent: 1, previous: 12, older: 3 }, 'diminishing'],
    [{ recent: 0, previous: 7, older: 9 }, 'historical'],
  ] as const)('labels %o as %s', (counts, trend) => {
    expect(trendOf(days(counts), AS_OF, 30)).toEqual({ trend, counts });
  });
});
