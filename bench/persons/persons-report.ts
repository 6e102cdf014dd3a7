// The persons section of BENCHMARKS.md, written from one run's figures.
import { cpus } from 'node:os';
import type { PersonsBenchConfig } from './bench-config.ts';
import type { MatchingResult } from './measure-matching.ts';
import type { SearchResult } from './measure-search.ts';

export const PERSONS_HEADING = '## Persons: search and matching';

const TARGETS = { p95Ms: 25, recallAt10: 0.99, matchSeconds: 60, f1: 0.97 };

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const count = (n: number) => n.toLocaleString('en-US');
const verdict = (met: boolean) => (met ? '**met**' : '**NOT met**');

const searchTable = (rows: readonly SearchResult[]) => [
  '| engine | queries measured | p50 ms | p95 ms | p99 ms | recall@10 | note |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${count(r.queries)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.recallAt10, 3)} | ${r.note ?? ''} |`,
  ),
  '',
  'Each engine has 150 s for the queries, after a warm-up on 50 of them; a slower engine is measured on those it answered in that time.',
];

const matchingLines = (m: MatchingResult) => [
  '| matcher | records | time s (read + match) | candidate pairs compared / scored | pairs found | precision | recall | F1 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  `| Giáp Ranh batch matcher (blocking + pair-score.ts) | ${count(m.records)} | ${fmt(m.seconds)} (${fmt(m.loadSeconds)} + ${fmt(m.matchSeconds)}) | ${count(m.stats.comparedPairs)} / ${count(m.stats.scoredPairs)} | ${count(m.predicted)} | ${fmt(m.precision, 3)} | ${fmt(m.recall, 3)} | ${fmt(m.f1, 3)} |`,
  '',
  `True pairs in the labels: ${count(m.truePairs)}; found: ${count(m.truePositives)}.` +
    (m.stats.skippedBlocks > 0
      ? ` ${count(m.stats.skippedBlocks)} blocking keys shared by more than 5,000 records were left out.`
      : ''),
];

/** Why a target is missed, from the run's own figures: what the numbers show, not a guess. */
const searchWhy = (product: SearchResult, all: readonly SearchResult[]): string[] => {
  const lines: string[] = [];
  if (product.p95 > TARGETS.p95Ms) {
    lines.push(
      `- Latency: the product's pre-selection is \`name_folded % q\` at pg_trgm's default threshold (0.3), so a common name ("Nguyễn Văn …") draws a large share of the table as candidates, and the sharing policy (one correlated expression per row) is evaluated on each before the 200 best are taken and scored. The plain pg_trgm baseline, with no policy, shows the cost of the pre-selection alone (p95 ${fmt(all[1]?.p95 ?? Number.NaN)} ms).`,
    );
  }
  if (product.recallAt10 < TARGETS.recallAt10) {
    lines.push(
      `- Recall: ${fmt((1 - product.recallAt10) * 100)}% of the queries miss the person's first record in the top 10: with many namesakes born the same year, the clean record can rank below other records that score as high (the query's own record is one of them).`,
    );
  }
  return lines;
};

const matchingWhy = (m: MatchingResult): string[] => {
  const lines: string[] = [];
  if (m.seconds > TARGETS.matchSeconds) {
    lines.push(
      `- Time: reading the records through the sharing policy took ${fmt(m.loadSeconds)} s and blocking and scoring ${fmt(m.matchSeconds)} s; ${count(m.stats.scoredPairs)} pairs had their names compared.`,
    );
  }
  if (m.f1 < TARGETS.f1) {
    lines.push(
      `- F1: precision ${fmt(m.precision, 3)} is what fails: \`pair-score.ts\` scores two different persons with alike names (one letter apart, or a middle name more) and a consistent birth year at 0.75 or more when no identity number tells them apart, and a million records hold many such namesakes. Recall ${fmt(m.recall, 3)} is bounded by the same score (pairs it scores below 0.75) and by the blocking keys.`,
    );
  }
  return lines;
};

/** The section: machine, date, counts, a table per measure beside its baselines, and each target met or not. */
export const writePersonsSection = (run: {
  config: PersonsBenchConfig;
  records: number;
  load: { records: number; seconds: number } | 'cached';
  server: string;
  search: readonly SearchResult[];
  matching: MatchingResult;
}): string => {
  const [product] = run.search;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${run.server}`;
  const loaded =
    run.load === 'cached'
      ? 'loaded by an earlier run with the same count, seed and migrations (reused)'
      : `loaded in ${fmt(run.load.seconds, 0)} s through the product's import`;
  const m = run.matching;
  return [
    `${PERSONS_HEADING} at ${count(run.config.count)} persons (PostgreSQL)`,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}, ${machine}; the machine was shared with other work, so latencies are noisy.`,
    `Data: \`giapranh generate persons --count ${run.config.count} --seed ${run.config.seed}\` (6 forces, duplicate rate 0.1): ${count(run.records)} records, ${loaded}. Method and baselines: [docs/bench-persons.md](docs/bench-persons.md).`,
    '',
    `### Search: noisy queries (a duplicate's name as another force wrote it, with its birth year)`,
    '',
    ...searchTable(run.search),
    '',
    product
      ? `Targets for the product: p95 at most ${TARGETS.p95Ms} ms: ${verdict(product.p95 <= TARGETS.p95Ms)}; recall@10 at least ${TARGETS.recallAt10}: ${verdict(product.recallAt10 >= TARGETS.recallAt10)}.`
      : '',
    ...(product ? searchWhy(product, run.search) : []),
    '',
    '### Matching the whole set across forces',
    '',
    ...matchingLines(m),
    '',
    `Targets: at most ${TARGETS.matchSeconds} s: ${verdict(m.seconds <= TARGETS.matchSeconds)}; F1 at least ${TARGETS.f1}: ${verdict(m.f1 >= TARGETS.f1)}.`,
    ...matchingWhy(m),
    '',
  ].join('\n');
};
