import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

/** A Drizzle database or transaction on either engine; repo functions take it as first argument. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: the whole data folder as one archive, to start other databases from (tests). */
  dump?: () => Promise<Blob>;
};

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** Where the data lives: a PostgreSQL URL, a PGlite folder, or (tests) PGlite in memory, empty or from a dump. */
export type DatabaseTarget =
  | { databaseUrl: string }
  | { pgliteDir: string }
  | { memory: true }
  | { dump: Blob };

/** Opens the database: a PostgreSQL server when a URL is given, otherwise embedded PGlite. */
export const openDatabase = async (target: DatabaseTarget): Promise<Database> => {
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    // An idle connection the server drops (restart, admin command) must not crash the process: the pool
    // replaces it on the next query, so it is only reported.
    pool.on('error', (error) => process.stderr.write(`database connection lost: ${error.message}\n`));
    const db = drizzleNodePg({ client: pool });
    await pool.query('select 1');
    return {
      db,
      engine: 'postgres',
      migrate: () => migrateNodePg(db, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  if ('pgliteDir' in target) {
    mkdirSync(target.pgliteDir, { recursive: true });
  }
  // pg_trgm (trigram similarity) serves the typo-tolerant search of names; PostgreSQL ships it in its contrib.
  const extensions = { pg_trgm };
  const client =
    'pgliteDir' in target
      ? new PGlite({ dataDir: target.pgliteDir, extensions })
      : 'dump' in target
        ? new PGlite({ loadDataDir: target.dump, extensions })
        : new PGlite({ extensions });
  await client.waitReady;
  const db = drizzlePglite({ client });
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
    dump: () => client.dumpDataDir('none'),
  };
};

/** Runs `work` in one transaction: everything it writes (record, outbox, audit) commits or none of it does. */
export const withTransaction = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.transaction((trx) => work(trx));

/** Rows of a raw SQL statement; both engines answer `{ rows }`. For SQL the query builder cannot say. */
export const queryRows = async <T>(db: Db, statement: SQL): Promise<T[]> => {
  const result = (await db.execute(statement)) as { rows: T[] };
  return result.rows;
};
