// How the early-warning benchmark scores clusterings: agreement between two labelings of the same points (our
// DBSCAN and PostGIS's), and planted clusters found among the reported ones.

const pairs = (k: number) => (k * (k - 1)) / 2;

/** Cluster sizes by label, noise (negative labels) left out: noise points are singletons and make no pairs. */
const sizesOf = (labels: ArrayLike<number>) => {
  const sizes = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (label >= 0) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  }
  return sizes;
};

const pairsWithin = (sizes: Map<number, number>) => [...sizes.values()].reduce((sum, k) => sum + pairs(k), 0);

/**
 * The agreement of two labelings of the same points (-1 for noise, which counts as a cluster of its own point):
 * the adjusted Rand index (1 for the same partition, about 0 for chance) and, over the pairs of points put in one
 * cluster, the pairwise precision, recall and F1 of `found` against `reference`.
 */
export const compareLabelings = (reference: ArrayLike<number>, found: ArrayLike<number>) => {
  if (reference.length !== found.length) throw new Error('labelings of different point sets');
  const together = new Map<string, number>();
  for (let i = 0; i < reference.length; i++) {
    const [a, b] = [reference[i] as number, found[i] as number];
    if (a >= 0 && b >= 0) together.set(`${a}:${b}`, (together.get(`${a}:${b}`) ?? 0) + 1);
  }
  const both = [...together.values()].reduce((sum, k) => sum + pairs(k), 0);
  const inReference = pairsWithin(sizesOf(reference));
  const inFound = pairsWithin(sizesOf(found));
  const expected = (inReference * inFound) / pairs(reference.length);
  const best = (inReference + inFound) / 2;
  const adjustedRandIndex = best === expected ? 1 : (both - expected) / (best - expected);
  const precision = inFound === 0 ? 1 : both / inFound;
  const recall = inReference === 0 ? 1 : both / inReference;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { adjustedRandIndex, precision, recall, f1 };
};

/**
 * Planted clusters found among reported ones: a planted cluster is found when one reported cluster holds at least
 * half of its members; a reported cluster is right when it holds at least half of some planted cluster's members.
 * Precision is right reported / reported (undefined when nothing was reported), recall found planted / planted.
 */
export const matchPlanted = (planted: readonly number[][], reported: readonly number[][]) => {
  const clusterOf = new Map<number, number>();
  reported.forEach((members, c) => {
    for (const m of members) clusterOf.set(m, c);
  });
  const right = new Set<number>();
  const found = planted.map((members) => {
    const held = new Map<number, number>();
    for (const m of members) {
      const c = clusterOf.get(m);
      if (c !== undefined) held.set(c, (held.get(c) ?? 0) + 1);
    }
    const holders = [...held].filter(([, count]) => 2 * count >= members.length).map(([c]) => c);
    for (const c of holders) right.add(c);
    return holders.length > 0;
  });
  const recall = planted.length === 0 ? 1 : found.filter(Boolean).length / planted.length;
  const precision = reported.length === 0 ? undefined : right.size / reported.length;
  return { found, precision, recall };
};
