import { describe, expect, it } from 'vitest';
import { createRandom } from '../../persons/generate/random.ts';
import { projectPoints, type SpaceTimePoint, type StDbscanParams, stDbscan } from './st-dbscan.ts';

/** DBSCAN by its definition, comparing every pair: the grid must give exactly these labels. */
const bruteForce = (points: SpaceTimePoint[], { epsMetres, epsDays, minPoints }: StDbscanParams) => {
  const { x, y, t } = projectPoints(points);
  const near = (i: number, j: number) =>
    ((x[i] as number) - (x[j] as number)) ** 2 + ((y[i] as number) - (y[j] as number)) ** 2 <=
      epsMetres ** 2 && Math.abs((t[i] as number) - (t[j] as number)) <= epsDays;
  const neighbours = (i: number) => points.flatMap((_, j) => (near(i, j) ? [j] : []));
  const labels = new Array<number>(points.length).fill(-2);
  let cluster = 0;
  points.forEach((_, i) => {
    if (labels[i] !== -2) return;
    const seeds = neighbours(i);
    if (seeds.length < minPoints) {
      labels[i] = -1;
      return;
    }
    labels[i] = cluster;
    const queue = [...seeds];
    while (queue.length > 0) {
      const j = queue.shift() as number;
      if (labels[j] === -1) labels[j] = cluster;
      if (labels[j] !== -2) continue;
      labels[j] = cluster;
      const more = neighbours(j);
      if (more.length >= minPoints) queue.push(...more);
    }
    cluster++;
  });
  return labels;
};

const scatter = (seed: number, count: number, spreadDeg: number, days: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: 21 + random() * spreadDeg,
    lon: 105 + random() * spreadDeg,
    day: 20_000 + Math.floor(random() * days),
  }));
};

describe('stDbscan against the definition', () => {
  it.each([
    [
      'in space only',
      scatter(1, 600, 0.05, 365),
      { epsMetres: 300, epsDays: Number.POSITIVE_INFINITY, minPoints: 4 },
    ],
    ['in space and time', scatter(2, 600, 0.05, 60), { epsMetres: 500, epsDays: 7, minPoints: 3 }],
    // Few points over a wide area with a small eps: the grid widens its columns to stay small.
    ['with columns wider than eps', scatter(3, 400, 3, 30), { epsMetres: 20, epsDays: 3, minPoints: 2 }],
  ] as const)('gives the same labels %s', (_, points, params) => {
    const tight = [...points, ...points.slice(0, 40).map((p) => ({ ...p, lat: p.lat + 0.00005 }))];
    expect([...stDbscan(tight, params)]).toEqual(bruteForce(tight, params));
  });
});
