/**
 * Space-time DBSCAN (Birant & Kut 2007, simplified to one spatial and one temporal distance): a point is a core
 * point when at least `minPoints` points (itself included) lie within `epsMetres` in space AND `epsDays` in time;
 * clusters are the core points reachable from one another, with the border points they reach. Neighbours are
 * found through a grid of squares eps wide, sorted by time within a square: each point looks at the 9 squares around
 * it, and within each only at the events within eps days (a binary search), instead of at every other point.
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
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as SpaceTimePoint;
    x[i] = p.lon * kx;
    y[i] = p.lat * ky;
    t[i] = p.day;
  }
  return { x, y, t };
};

/**
 * Points sorted by grid column (a square at least eps wide), and by time within a column: column c holds sorted
 * positions start[c] to start[c + 1]. Columns are numbered cx * ny + cy in a dense table, so a lookup is an array
 * read; when the area holds far more squares of eps than points, the columns grow to keep the table small.
 */
type Grid = {
  ny: number;
  nx: number;
  start: Int32Array;
  /** The point at each sorted position, and its coordinates there (read in order, so close in memory). */
  order: Int32Array;
  sx: Float64Array;
  sy: Float64Array;
  st: Float64Array;
  /** The column indices of each point, by point index. */
  cx: Int32Array;
  cy: Int32Array;
};

const rangeOf = (values: Float64Array) => {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { min, max };
};

/** Sorts the points by column, and by time within a column when `timed` (a stable counting sort by column). */
const buildGrid = (
  x: Float64Array,
  y: Float64Array,
  t: Float64Array,
  epsMetres: number,
  timed: boolean,
): Grid => {
  const n = x.length;
  const rx = rangeOf(x);
  const ry = rangeOf(y);
  let width = epsMetres;
  const columns = () =>
    (Math.floor((rx.max - rx.min) / width) + 1) * (Math.floor((ry.max - ry.min) / width) + 1);
  if (columns() > 8 * n + 4096) width *= Math.ceil(Math.sqrt(columns() / (8 * n + 4096)));
  const nx = n ? Math.floor((rx.max - rx.min) / width) + 1 : 0;
  const ny = n ? Math.floor((ry.max - ry.min) / width) + 1 : 0;
  const cx = new Int32Array(n);
  const cy = new Int32Array(n);
  const start = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) {
    cx[i] = Math.floor(((x[i] as number) - rx.min) / width);
    cy[i] = Math.floor(((y[i] as number) - ry.min) / width);
    const column = (cx[i] as number) * ny + (cy[i] as number);
    start[column + 1] = (start[column + 1] as number) + 1;
  }
  for (let c = 0; c < nx * ny; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const input = new Int32Array(n);
  for (let i = 0; i < n; i++) input[i] = i;
  if (timed) input.sort((a, b) => (t[a] as number) - (t[b] as number) || a - b);
  const next = start.slice(0, -1);
  const order = new Int32Array(n);
  const [sx, sy, st] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (const i of input) {
    const column = (cx[i] as number) * ny + (cy[i] as number);
    const k = next[column] as number;
    next[column] = k + 1;
    order[k] = i;
    sx[k] = x[i] as number;
    sy[k] = y[i] as number;
    st[k] = t[i] as number;
  }
  return { nx, ny, start, order, sx, sy, st, cx, cy };
};

/** The first sorted position in [lo, hi) whose time is at least `from` (the column is sorted by time). */
const firstFrom = (st: Float64Array, lo: number, hi: number, from: number) => {
  let [a, b] = [lo, hi];
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((st[mid] as number) < from) a = mid + 1;
    else b = mid;
  }
  return a;
};

/** Labels every point with its cluster (see the module comment); deterministic for a given order of points. */
export const stDbscan = (points: readonly SpaceTimePoint[], params: StDbscanParams): Labels => {
  const { epsMetres, epsDays, minPoints } = params;
  const { x, y, t } = projectPoints(points);
  const n = points.length;
  const timed = Number.isFinite(epsDays);
  const { nx, ny, start, order, sx, sy, st, cx, cy } = buildGrid(x, y, t, epsMetres, timed);
  const eps2 = epsMetres * epsMetres;
  /** Fills `out` with the points within eps of point i (itself included) and returns how many. */
  const neighbours = (i: number, out: number[]) => {
    out.length = 0;
    const [xi, yi, ti] = [x[i] as number, y[i] as number, t[i] as number];
    const [ci, cj] = [cx[i] as number, cy[i] as number];
    for (let a = Math.max(ci - 1, 0); a <= Math.min(ci + 1, nx - 1); a++)
      for (let b = Math.max(cj - 1, 0); b <= Math.min(cj + 1, ny - 1); b++) {
        const column = a * ny + b;
        const end = start[column + 1] as number;
        let k = start[column] as number;
        if (timed) k = firstFrom(st, k, end, ti - epsDays);
        for (; k < end; k++) {
          if (timed && (st[k] as number) > ti + epsDays) break;
          const ex = (sx[k] as number) - xi;
          const ey = (sy[k] as number) - yi;
          if (ex * ex + ey * ey <= eps2) out.push(order[k] as number);
        }
      }
    return out.length;
  };
  const labels = new Int32Array(n).fill(UNSEEN);
  const found: number[] = [];
  const queue: number[] = [];
  let cluster = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] !== UNSEEN) continue;
    if (neighbours(i, found) < minPoints) {
      labels[i] = NOISE;
      continue;
    }
    labels[i] = cluster;
    queue.length = 0;
    // A cluster expands fully before the next starts: a border point belongs to the first cluster reaching it.
    for (let q = -1; q < queue.length; q++) {
      if (q >= 0 && neighbours(queue[q] as number, found) < minPoints) continue;
      for (const j of found) {
        if (labels[j] === NOISE) labels[j] = cluster;
        else if (labels[j] === UNSEEN) {
          labels[j] = cluster;
          queue.push(j);
        }
      }
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
