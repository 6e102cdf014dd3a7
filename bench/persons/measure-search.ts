// Runs every engine over the same noisy queries, after a warm-up, and measures latency and recall@10.
import type { NoisyQuery } from './bench-truth.ts';
import { percentile, recallAtK } from './metrics.ts';
import type { SearchEngine } from './search-engines.ts';

export type SearchResult = {
  engine: string;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  recallAt10: number;
  /** Extra line for the report (e.g. the index build time). */
  note?: string;
};

const WARM_UP = 100;

/** Measures one engine: the warm-up queries unmeasured, then each query alone, one after the other. */
export const measureSearch = async (
  engine: SearchEngine,
  queries: readonly NoisyQuery[],
): Promise<SearchResult> => {
  for (const query of queries.slice(0, WARM_UP)) await engine.search(query);
  const latencies: number[] = [];
  const found: { wanted: string; found: string[] }[] = [];
  for (const query of queries) {
    const started = performance.now();
    const ids = await engine.search(query);
    latencies.push(performance.now() - started);
    found.push({ wanted: query.wantedId, found: ids });
  }
  return {
    engine: engine.name,
    queries: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    recallAt10: recallAtK(found, 10),
  };
};
