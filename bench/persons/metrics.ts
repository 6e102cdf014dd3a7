// The measures of the persons benchmark, pure: latency percentiles, recall@k, pairwise precision/recall/F1.

/** The p-th percentile (0-100) of samples by the nearest-rank method: the smallest value with p% at or below it. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
};

/** The share of queries whose wanted answer is among the first `k` answers given. */
export const recallAtK = (
  results: readonly { wanted: string; found: readonly string[] }[],
  k: number,
): number => {
  if (results.length === 0) return Number.NaN;
  const hits = results.filter((r) => r.found.slice(0, k).includes(r.wanted)).length;
  return hits / results.length;
};

export type PairwiseScores = {
  predicted: number;
  truePairs: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
};

/** The true pairs of a labelling: every two records with the same person key, as `a|b` with a < b. */
const truePairsOf = (personOf: ReadonlyMap<string, string>): Set<string> => {
  const byPerson = new Map<string, string[]>();
  for (const [record, person] of personOf) {
    const records = byPerson.get(person);
    if (records) records.push(record);
    else byPerson.set(person, [record]);
  }
  const pairs = new Set<string>();
  for (const records of byPerson.values()) {
    records.sort();
    for (let i = 0; i < records.length; i += 1) {
      for (let j = i + 1; j < records.length; j += 1) pairs.add(`${records[i]}|${records[j]}`);
    }
  }
  return pairs;
};

/**
 * Pairwise precision, recall and F1 of predicted same-person pairs against labels (record key → person key);
 * pairs naming a record without a label are left out of the count, and a pair predicted twice counts once.
 */
export const scorePairwise = (
  predicted: readonly (readonly [string, string])[],
  personOf: ReadonlyMap<string, string>,
): PairwiseScores => {
  const truth = truePairsOf(personOf);
  const counted = new Set<string>();
  for (const [a, b] of predicted) {
    if (personOf.has(a) && personOf.has(b) && a !== b) counted.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  let truePositives = 0;
  for (const pair of counted) if (truth.has(pair)) truePositives += 1;
  const precision = counted.size === 0 ? 1 : truePositives / counted.size;
  const recall = truth.size === 0 ? 1 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted: counted.size, truePairs: truth.size, truePositives, precision, recall, f1 };
};
