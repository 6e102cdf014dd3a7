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

const WARM_UP = 50;
const WARM_UP_SECONDS = 30;
/** An engine gets this long for its queries; a slower one is measured on the queries it answered in time. */
const BUDGET_SECONDS = 150;

/**
 * Measures one engine: warm-up queries unmeasured (the last 50, at most 30 s), then each query alone, one after
 * the other, until all are done or the engine's time budget is spent.
 */
export const measureSearch = async (
  engine: SearchEngine,
  queries: readonly NoisyQuery[],
): Promise<SearchResult> => {
  const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
  for (const query of queries.slice(-WARM_UP)) {
    if (performance.now() > warmUntil) break;
    await engine.search(query);
  }
  const latencies: number[] = [];
  const found: { wanted: string; found: string[] }[] = [];
  const until = performance.now() + BUDGET_SECONDS * 1000;
  for (const query of queries) {
    if (performance.now() > until) break;
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
