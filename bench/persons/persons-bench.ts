// The persons benchmark of issue 5: load (or reuse) a database of generated persons on PostgreSQL, then measure
// search (the product and two baselines) and the matching of the whole set; returns the BENCHMARKS.md section.
import { sql } from 'drizzle-orm';
import { readConfig } from '../../src/config.ts';
import { queryRows } from '../../src/db/connect.ts';
import { findAgencyWithCode } from '../../src/modules/agencies/index.ts';
import { readBenchConfig, VIEWER_AGENCY } from './bench-config.ts';
import {
  digestMigrations,
  isSameMarker,
  openBenchDatabase,
  readMarker,
  recreateBenchDatabase,
  writeMarker,
} from './bench-database.ts';
import { readBenchTruth } from './bench-truth.ts';
import { loadBenchDatabase } from './load-persons.ts';
import { measureMatching } from './measure-matching.ts';
import { measureSearch, type SearchResult } from './measure-search.ts';
import { writePersonsSection } from './persons-report.ts';
import { miniSearchEngine, productEngine, trigramEngine } from './search-engines.ts';

const log = (line: string) => process.stderr.write(`persons: ${line}\n`);

/** Runs the persons benchmark with `args` (`--count N --seed S`) and returns its BENCHMARKS.md section. */
export const runPersonsBench = async (args: readonly string[]): Promise<string> => {
  const config = readBenchConfig(args);
  const appConfig = readConfig({ LOG_LEVEL: 'silent' });
  const wanted = { count: config.count, seed: config.seed, migrations: digestMigrations() };
  let database = await openBenchDatabase(config);
  let load: { records: number; seconds: number } | 'cached' = 'cached';
  if (!database || !isSameMarker(await readMarker(database), wanted)) {
    await database?.close();
    log(`loading ${config.count} persons (seed ${config.seed}) into a new database`);
    await recreateBenchDatabase(config);
    database = await openBenchDatabase(config);
    if (!database) throw new Error('the benchmark database was not created');
    await database.migrate();
    load = await loadBenchDatabase(database, appConfig, config);
    await writeMarker(database, wanted);
  } else {
    log('the database already holds this data set: load skipped');
  }
  try {
    const db = database.db;
    const deps = { db, engine: database.engine, clock: () => new Date(), config: appConfig };
    const truth = await readBenchTruth(db, config);
    log(`${truth.personOfId.size} records, ${truth.queries.length} noisy queries`);
    const search: SearchResult[] = [];
    search.push(await measureSearch(await productEngine(deps), truth.queries));
    log('product search measured');
    search.push(await measureSearch(trigramEngine(db), truth.queries));
    log('pg_trgm baseline measured');
    const mini = await miniSearchEngine(db);
    search.push({
      ...(await measureSearch(mini.engine, truth.queries)),
      note: `index built in ${mini.buildSeconds.toFixed(0)} s`,
    });
    log('MiniSearch baseline measured');
    const department = await findAgencyWithCode(db, VIEWER_AGENCY);
    if (!department) throw new Error(`no agency ${VIEWER_AGENCY}`);
    const matching = await measureMatching(db, department.id, truth.personOfId);
    log(`matching measured: ${matching.seconds.toFixed(1)} s, F1 ${matching.f1.toFixed(3)}`);
    const [server] = await queryRows<{ version: string }>(db, sql`select version()`);
    return writePersonsSection({
      config,
      records: truth.personOfId.size,
      load,
      server: server?.version.split(' on ')[0] ?? 'PostgreSQL',
      search,
      matching,
    });
  } finally {
    await database.close();
  }
};
