// Matching of a whole set of person records in memory, single-threaded: blocking keys make the candidate pairs,
// cheap checks on numbers drop the pairs no name could save, and `pair-score.ts` decides every other one.
import { type BatchFeatures, extractFeatures, mayMatch } from './batch-features.ts';
import { hashKey, KEY_KINDS, type KeyKind, listBlockingKeys } from './blocking-keys.ts';
import {
  canReachThreshold,
  type PairScore,
  POSSIBLE_MATCH_THRESHOLD,
  type PreparedPerson,
  scorePreparedPair,
} from './pair-score.ts';

/** A record as batch matching reads it: the matchable fields with names split, its id and its owner. */
export type BatchRecord = PreparedPerson & { id: string; ownerAgencyId: string };

/** A possible match: indexes of the two records (`a` < `b`, or `a` the agency's own when one is asked for). */
export type BatchPair = { a: number; b: number } & PairScore;

export type BatchStats = {
  records: number;
  keys: number;
  /** Pairs of different owners sharing a key whose kind says they are worth a look, once per key shared. */
  comparedPairs: number;
  /** Pairs whose names were compared (the others could not reach the threshold whatever their names). */
  scoredPairs: number;
  /** Keys shared by more than `maxBlock` records, left out, and how many records they held together. */
  skippedBlocks: number;
  skippedRecords: number;
};

export type BatchMatchOptions = {
  /** Only pairs with a record of this agency (the `match persons --agency` run); every pair when absent. */
  agencyId?: string;
  /** A key shared by more records than this says too little to compare them all. */
  maxBlock?: number;
  onProgress?: (done: number, total: number) => void;
};

const DEFAULT_MAX_BLOCK = 5_000;
const PROGRESS_STEPS = 100;
const KIND_SLOTS = 8;

/** Whether a pair in a block of this kind differs the way the kind's noise makes records differ. */
const PAIR_FILTERS: Record<KeyKind, (f: BatchFeatures, i: number, j: number) => boolean> = {
  id: () => true,
  name: () => true,
  middle: (f, i, j) => f.middleCount[i] !== f.middleCount[j],
  given: (f, i, j) => f.given[i] !== f.given[j],
  surname: (f, i, j) => f.surname[i] !== f.surname[j],
  middleTypo: (f, i, j) => f.middle[i] !== f.middle[j],
};
const FILTERS = KEY_KINDS.map((kind) => PAIR_FILTERS[kind]);
const KIND_INDEX = Object.fromEntries(KEY_KINDS.map((kind, i) => [kind, i])) as Record<KeyKind, number>;

/** Every (key, record) as one sortable number: the key's hash and kind above, the record's index in the low bits. */
const packKeys = (records: readonly BatchRecord[], indexBits: number): Float64Array => {
  const hashRange = 2 ** Math.min(32, 50 - indexBits);
  const slot = 2 ** indexBits;
  let packed = new Float64Array(records.length * 16 + 16);
  let size = 0;
  records.forEach((record, index) => {
    for (const { kind, key } of listBlockingKeys(record)) {
      if (size === packed.length) {
        const grown = new Float64Array(packed.length * 2);
        grown.set(packed);
        packed = grown;
      }
      const block = (hashKey(key) % hashRange) * KIND_SLOTS + KIND_INDEX[kind];
      packed[size] = block * slot + index;
      size += 1;
    }
  });
  // A record with one key twice (a name equal to its alias) is in that block once.
  const sorted = packed.subarray(0, size).sort();
  let kept = 0;
  for (let p = 0; p < sorted.length; p += 1) {
    if (p === 0 || sorted[p] !== sorted[p - 1]) sorted[kept++] = sorted[p] as number;
  }
  return sorted.subarray(0, kept);
};

/** Pairs already looked at; a JavaScript Set holds at most 2^24 entries, so the pairs are spread over several. */
const createPairSet = () => {
  const shards = Array.from({ length: 64 }, () => new Set<number>());
  const shardOf = (id: number) => shards[id % shards.length] as Set<number>;
  return { has: (id: number) => shardOf(id).has(id), add: (id: number) => shardOf(id).add(id) };
};

/** The better of the two directions: an alias counts on the second record's side only (`compareNames`). */
const scoreBothWays = (a: BatchRecord, b: BatchRecord): PairScore => {
  const forward = scorePreparedPair(a, b);
  if (forward.score >= POSSIBLE_MATCH_THRESHOLD || a.aliasNames.length === 0) return forward;
  const backward = scorePreparedPair(b, a);
  return backward.score > forward.score ? backward : forward;
};

/**
 * The possible matches among `records`: pairs of records of different owners (matching is across forces) that
 * share a blocking key and score at least the threshold. Deterministic: the same records give the same pairs in
 * the same order (by first index, then second).
 */
export const findPossibleMatches = (
  records: readonly BatchRecord[],
  options: BatchMatchOptions = {},
): { pairs: BatchPair[]; stats: BatchStats } => {
  const maxBlock = options.maxBlock ?? DEFAULT_MAX_BLOCK;
  const indexBits = Math.max(1, Math.ceil(Math.log2(records.length + 1)));
  const slot = 2 ** indexBits;
  const packed = packKeys(records, indexBits);
  const features = extractFeatures(records);
  const agency = options.agencyId
    ? records.findIndex((record) => record.ownerAgencyId === options.agencyId)
    : -1;
  const agencyOwner = agency === -1 ? -1 : (features.owner[agency] as number);
  const stats: BatchStats = {
    records: records.length,
    keys: packed.length,
    comparedPairs: 0,
    scoredPairs: 0,
    skippedBlocks: 0,
    skippedRecords: 0,
  };
  const seen = createPairSet();
  const pairs: BatchPair[] = [];
  const compare = (i: number, j: number) => {
    const x = i < j ? i : j;
    const y = i < j ? j : i;
    if (agencyOwner !== -1 && features.owner[x] !== agencyOwner && features.owner[y] !== agencyOwner) return;
    stats.comparedPairs += 1;
    if (!mayMatch(features, x, y)) return;
    const id = x * records.length + y;
    if (seen.has(id)) return;
    seen.add(id);
    const a = records[x] as BatchRecord;
    const b = records[y] as BatchRecord;
    if (!canReachThreshold(a, b)) return;
    stats.scoredPairs += 1;
    const scored = scoreBothWays(a, b);
    if (scored.score < POSSIBLE_MATCH_THRESHOLD) return;
    const ownFirst = agencyOwner !== -1 && features.owner[y] === agencyOwner;
    pairs.push({ a: ownFirst ? y : x, b: ownFirst ? x : y, ...scored });
  };
  if (options.agencyId === undefined || agencyOwner !== -1) {
    scanBlocks({ packed, slot, maxBlock, features, stats, compare, onProgress: options.onProgress });
  }
  options.onProgress?.(packed.length, packed.length);
  pairs.sort((p, q) => p.a - q.a || p.b - q.b);
  return { pairs, stats };
};

/** Walks the sorted keys block by block and hands on the pairs of different owners the block's kind keeps. */
const scanBlocks = (scan: {
  packed: Float64Array;
  slot: number;
  maxBlock: number;
  features: BatchFeatures;
  stats: BatchStats;
  compare: (i: number, j: number) => void;
  onProgress: BatchMatchOptions['onProgress'];
}) => {
  const { packed, slot, features, stats } = scan;
  const step = Math.max(1, Math.floor(packed.length / PROGRESS_STEPS));
  let nextReport = step;
  for (let start = 0; start < packed.length; ) {
    const block = Math.floor((packed[start] as number) / slot);
    let end = start + 1;
    while (end < packed.length && Math.floor((packed[end] as number) / slot) === block) end += 1;
    const keeps = FILTERS[block % KIND_SLOTS] ?? (() => false);
    if (end - start > scan.maxBlock) {
      stats.skippedBlocks += 1;
      stats.skippedRecords += end - start;
    } else {
      for (let p = start; p < end; p += 1) {
        const i = (packed[p] as number) % slot;
        for (let q = p + 1; q < end; q += 1) {
          const j = (packed[q] as number) % slot;
          if (features.owner[i] !== features.owner[j] && keeps(features, i, j)) scan.compare(i, j);
        }
      }
    }
    start = end;
    if (start >= nextReport) {
      scan.onProgress?.(start, packed.length);
      nextReport = start + step;
    }
  }
};
