import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { readConfig } from '../config.ts';
import { type Database, type Engine, openDatabase } from '../db/connect.ts';
import { pgliteTemplatePath, postgresTemplateName, type TemplateKind, templateKey } from './templates.ts';

const config = readConfig();
const serverUrl = config.databaseUrl;
const key = templateKey(config.refDataDir);

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

/**
 * A fresh database of its own, migrated and (with `refData`) holding the reference data, copied from the
 * templates the global setup built: PGlite in memory, or a new database on the PostgreSQL server, dropped on close.
 */
export const openTestDatabase = async (
  engine: Engine,
  options: { refData?: boolean } = {},
): Promise<Database> => {
  const kind: TemplateKind = options.refData ? 'refdata' : 'base';
  if (engine === 'pglite' || !serverUrl) {
    const dump = new Blob([readFileSync(pgliteTemplatePath(key, kind))]);
    return openDatabase({ dump });
  }
  const name = `giapranh_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name} template ${postgresTemplateName(key, kind)}`);
  const database = await openDatabase({ databaseUrl: withDatabaseName(serverUrl, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
};
