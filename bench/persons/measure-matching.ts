// Matching of the whole set with the product's batch matcher, timed from the first row read to the last pair
// scored, and its pairs scored against the labels.
import type { Db } from '../../src/db/connect.ts';
import {
  agencyViewer,
  type BatchStats,
  findPossibleMatches,
  loadBatchRecords,
} from '../../src/modules/persons/index.ts';
import { type PairwiseScores, scorePairwise } from './metrics.ts';

export type MatchingResult = PairwiseScores & {
  records: number;
  loadSeconds: number;
  matchSeconds: number;
  seconds: number;
  stats: BatchStats;
};

/**
 * Reads every record the department sees (all of the forces' records, through the sharing policy, one cursor),
 * finds the possible matches across forces, and scores them pairwise against the labels.
 */
export const measureMatching = async (
  db: Db,
  departmentId: string,
  personOfId: ReadonlyMap<string, string>,
): Promise<MatchingResult> => {
  const started = performance.now();
  const records = await loadBatchRecords(db, agencyViewer(departmentId, false, new Date()));
  const loaded = performance.now();
  const { pairs, stats } = findPossibleMatches(records);
  const done = performance.now();
  const predicted = pairs.map(({ a, b }) => [records[a]?.id ?? '', records[b]?.id ?? ''] as const);
  return {
    ...scorePairwise(predicted, personOfId),
    records: records.length,
    loadSeconds: (loaded - started) / 1000,
    matchSeconds: (done - loaded) / 1000,
    seconds: (done - started) / 1000,
    stats,
  };
};
