// Vitest global setup: builds, once per change of the migrations or the reference data, the template databases
// every test database starts from (migrated; migrated with the reference data), on PGlite and, when
// DATABASE_URL is set, on PostgreSQL. Test files then start in about a second instead of migrating and loading.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { readConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/connect.ts';
import { loadRefData } from '../modules/geo/index.ts';
import {
  pgliteTemplatePath,
  postgresTemplateName,
  TEMPLATE_CACHE_DIR,
  TEMPLATE_DB_PREFIX,
  type TemplateKind,
  templateKey,
} from './templates.ts';

const KINDS: TemplateKind[] = ['base', 'refdata'];

const fill = async (database: Database, kind: TemplateKind, refDataDir: string) => {
  await database.migrate();
  if (kind === 'refdata') {
    await loadRefData(database.db, refDataDir);
  }
};

const buildPgliteTemplate = async (path: string, kind: TemplateKind, refDataDir: string) => {
  const database = await openDatabase({ memory: true });
  try {
    await fill(database, kind, refDataDir);
    const dump = await database.dump?.();
    if (!dump) {
      throw new Error('PGlite gave no dump');
    }
    writeFileSync(`${path}.partial`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.partial`, path);
  } finally {
    await database.close();
  }
};

const withAdmin = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const buildPostgresTemplate = async (url: string, name: string, kind: TemplateKind, refDataDir: string) => {
  const building = `${name}_building`;
  await withAdmin(url, async (admin) => {
    await admin.query(`drop database if exists ${building} with (force)`);
    await admin.query(`create database ${building}`);
  });
  const target = new URL(url);
  target.pathname = `/${building}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  try {
    await fill(database, kind, refDataDir);
  } finally {
    await database.close();
  }
  await withAdmin(url, (admin) => admin.query(`alter database ${building} rename to ${name}`));
};

const ensurePostgresTemplates = async (url: string, key: string, refDataDir: string) => {
  const existing = await withAdmin(url, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${TEMPLATE_DB_PREFIX}%`],
    );
    return rows.map((row) => row.datname);
  });
  const wanted = KINDS.map((kind) => postgresTemplateName(key, kind));
  for (const stale of existing.filter((name) => !wanted.includes(name))) {
    await withAdmin(url, (admin) => admin.query(`drop database if exists ${stale} with (force)`));
  }
  for (const kind of KINDS) {
    const name = postgresTemplateName(key, kind);
    if (!existing.includes(name)) {
      await buildPostgresTemplate(url, name, kind, refDataDir);
    }
  }
};

export const setup = async (): Promise<void> => {
  const config = readConfig();
  const key = templateKey(config.refDataDir);
  mkdirSync(TEMPLATE_CACHE_DIR, { recursive: true });
  for (const kind of KINDS) {
    const path = pgliteTemplatePath(key, kind);
    if (!existsSync(path)) {
      await buildPgliteTemplate(path, kind, config.refDataDir);
    }
  }
  if (config.databaseUrl) {
    await ensurePostgresTemplates(config.databaseUrl, key, config.refDataDir);
  }
};
