import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/connect.ts';
import { seedDemo } from './demo/seed-demo.ts';
import type { AppDeps, Clock } from './http/context.ts';
import { scheduleEarlyWarning } from './modules/early-warning/warning-schedule.ts';
import { describeRefDataStartup, ensureRefData, type RefDataStartup } from './modules/geo/index.ts';

/** Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
export const openConfiguredDatabase = (config: Config): Promise<Database> =>
  openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: config.pgliteDir });

/**
 * Everything `npm start` does before listening: migrate, load the reference data when the tables are empty (a missing
 * folder is reported, never fatal), seed the demo in demo mode, build the app.
 */
export const prepareServer = async (
  config: Config,
  database: Database,
  clock: Clock = () => new Date(),
): Promise<{ app: FastifyInstance; deps: AppDeps; seeded: boolean; refdata: RefDataStartup }> => {
  await database.migrate();
  const deps: AppDeps = { db: database.db, engine: database.engine, clock, config };
  const refdata = await ensureRefData(deps.db, config.refDataDir, { clock });
  const seeded = config.demoMode ? (await seedDemo(deps)).created : false;
  const app = await buildApp(deps);
  if (refdata.state !== 'missing') scheduleEarlyWarning(app, deps, config.earlyWarningMinutes);
  if (refdata.state === 'missing') {
    app.log.warn(describeRefDataStartup(refdata));
  } else {
    app.log.info(describeRefDataStartup(refdata));
  }
  return { app, deps, seeded, refdata };
};
