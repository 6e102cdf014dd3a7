/**
 * Space-time DBSCAN (Birant & Kut 2007, simplified to one spatial and one temporal distance): a point is a core
 * point when at least `minPoints` points (itself included) lie within `epsMetres` in space AND `epsDays` in time;
 * clusters are the core points reachable from one another, with the border points they reach. Neighbours are
 * found through a grid of cells eps wide in each dimension, so each point looks at 27 cells (9 without time)
 * instead of every other point.
 */

export type SpaceTimePoint = { lat: number; lon: number; day: number };

export type StDbscanParams = {
  epsMetres: number;
  /** Infinity clusters in space only (as PostGIS ST_ClusterDBSCAN does). */
  epsDays: number;
  minPoints: number;
};

/** The cluster of each point, by index: -1 for noise, else 0, 1, 2… */
export type Labels = Int32Array;

const EARTH_RADIUS_M = 6_371_008.8;
const NOISE = -1;
const UNSEEN = -2;
const QUEUED = -3;

/** Metres east and north of a reference latitude (equirectangular: exact enough within a few hundred km). */
export const projectPoints = (points: readonly SpaceTimePoint[]) => {
  let sumLat = 0;
  for (const p of points) sumLat += p.lat;
  const refLat = ((points.length ? sumLat / points.length : 0) * Math.PI) / 180;
  const kx = (EARTH_RADIUS_M * Math.cos(refLat) * Math.PI) / 180;
  const ky = (EARTH_RADIUS_M * Math.PI) / 180;
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  const t = new Float64Array(points.length);
  points.forEach((p, i) => {
    x[i] = p.lon * kx;
    y[i] = p.lat * ky;
    t[i] = p.day;
  });
  return { x, y, t };
};

// A cell key packs three cell indices into one safe integer (each offset into [0, 2^17)).
const SPAN = 1 << 17;
const OFFSET = SPAN / 2;
const keyOf = (cx: number, cy: number, ct: number) =>
  ((cx + OFFSET) * SPAN + (cy + OFFSET)) * SPAN + (ct + OFFSET);

/** Labels every point with its cluster (see the module comment); deterministic for a given order of points. */
export const stDbscan = (points: readonly SpaceTimePoint[], params: StDbscanParams): Labels => {
  const { epsMetres, epsDays, minPoints } = params;
  const { x, y, t } = projectPoints(points);
  const n = points.length;
  const timed = Number.isFinite(epsDays);
  const cellOf = (i: number) => [
    Math.floor((x[i] as number) / epsMetres),
    Math.floor((y[i] as number) / epsMetres),
    timed ? Math.floor((t[i] as number) / epsDays) : 0,
  ];
  const grid = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const [cx, cy, ct] = cellOf(i) as [number, number, number];
    const key = keyOf(cx, cy, ct);
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  }
  const eps2 = epsMetres * epsMetres;
  const timeSteps = timed ? [-1, 0, 1] : [0];
  const neighbours = (i: number, out: number[]) => {
    out.length = 0;
    const [cx, cy, ct] = cellOf(i) as [number, number, number];
    const xi = x[i] as number;
    const yi = y[i] as number;
    const ti = t[i] as number;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const dt of timeSteps) {
          const cell = grid.get(keyOf(cx + dx, cy + dy, ct + dt));
          if (!cell) continue;
          for (const j of cell) {
            const ex = (x[j] as number) - xi;
            const ey = (y[j] as number) - yi;
            if (ex * ex + ey * ey <= eps2 && (!timed || Math.abs((t[j] as number) - ti) <= epsDays))
              out.push(j);
          }
        }
    return out;
  };
  const labels = new Int32Array(n).fill(UNSEEN);
  const found: number[] = [];
  const reached: number[] = [];
  let cluster = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] !== UNSEEN) continue;
    if (neighbours(i, found).length < minPoints) {
      labels[i] = NOISE;
      continue;
    }
    labels[i] = cluster;
    const queue: number[] = [];
    const enqueue = (j: number) => {
      if (labels[j] === NOISE) labels[j] = cluster;
      else if (labels[j] === UNSEEN) {
        labels[j] = QUEUED;
        queue.push(j);
      }
    };
    for (const j of found) enqueue(j);
    for (let q = 0; q < queue.length; q++) {
      const j = queue[q] as number;
      labels[j] = cluster;
      if (neighbours(j, reached).length >= minPoints) for (const k of reached) enqueue(k);
    }
    cluster++;
  }
  return labels;
};

/** The indices of the points of each cluster, by cluster number. */
export const groupByCluster = (labels: Labels): number[][] => {
  const groups: number[][] = [];
  labels.forEach((label, i) => {
    if (label < 0) return;
    const group = groups[label];
    if (group) group.push(i);
    else groups[label] = [i];
  });
  return groups;
};
