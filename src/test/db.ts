import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readConfig } from '../config.ts';
import { type Database, type Engine, openDatabase } from '../db/connect.ts';

const serverUrl = readConfig().databaseUrl;

/** Integration tests run on PGlite always, and on PostgreSQL too when DATABASE_URL is set (CI sets it). */
export const ENGINES: Engine[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const adminQuery = async (statement: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** A fresh, migrated database of its own: PGlite in memory, or a new database on the PostgreSQL server, dropped on close. */
export const openTestDatabase = async (engine: Engine): Promise<Database> => {
  if (engine === 'pglite' || !serverUrl) {
    const database = await openDatabase({ memory: true });
    await database.migrate();
    return database;
  }
  const name = `giapranh_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const database = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, name) });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
};
