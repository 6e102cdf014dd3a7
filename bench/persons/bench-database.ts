// The benchmark's database: created on the server, migrated, and kept between runs with a marker of what it holds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, MIGRATIONS_DIR, openDatabase, queryRows } from '../../src/db/connect.ts';
import { BENCH_DATABASE, type PersonsBenchConfig } from './bench-config.ts';

/** What a loaded database holds: the same marker means the same data, so the load is skipped. */
export type LoadMarker = { count: number; seed: number; migrations: string };

/** A digest of every migration file: a new or changed migration invalidates the loaded database. */
export const digestMigrations = (): string => {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json')) {
      hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
};

const withServer = async <T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** Drops and creates the benchmark database (and only it) on the server. */
export const recreateBenchDatabase = (config: PersonsBenchConfig): Promise<void> =>
  withServer(config.serverUrl, async (client) => {
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await client.query(`create database ${BENCH_DATABASE}`);
  });

/** Opens the benchmark database if it exists (undefined otherwise). */
export const openBenchDatabase = async (config: PersonsBenchConfig): Promise<Database | undefined> => {
  const exists = await withServer(config.serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE]);
    return found.rowCount === 1;
  });
  return exists ? openDatabase({ databaseUrl: config.benchUrl }) : undefined;
};

/** The marker of the loaded data, if the load ever finished. */
export const readMarker = async (database: Database): Promise<LoadMarker | undefined> => {
  const [table] = await queryRows<{ name: string | null }>(
    database.db,
    sql`select to_regclass('bench_persons_marker')::text as name`,
  );
  if (!table?.name) return undefined;
  const [marker] = await queryRows<LoadMarker>(
    database.db,
    sql`select count, seed, migrations from bench_persons_marker`,
  );
  return marker;
};

/** Records that the load of `marker` finished: written last, so a load cut short is redone. */
export const writeMarker = async (database: Database, marker: LoadMarker): Promise<void> => {
  await database.db.execute(
    sql`create table bench_persons_marker (count integer not null, seed bigint not null, migrations text not null, loaded_at timestamptz not null default now())`,
  );
  await database.db.execute(
    sql`insert into bench_persons_marker (count, seed, migrations) values (${marker.count}, ${marker.seed}, ${marker.migrations})`,
  );
};

export const isSameMarker = (a: LoadMarker | undefined, b: LoadMarker): boolean =>
  a !== undefined &&
  Number(a.count) === b.count &&
  Number(a.seed) === b.seed &&
  a.migrations === b.migrations;
