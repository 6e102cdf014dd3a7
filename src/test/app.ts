import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import type { Database, Engine } from '../db/connect.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import type { AppDeps } from '../http/context.ts';
import { openTestDatabase } from './db.ts';

/** A clock the test moves by hand, so idle and absolute session limits are tested without waiting. */
export type TestClock = (() => Date) & { advance: (ms: number) => void; set: (at: Date) => void };

export const makeTestClock = (start = new Date('2026-11-23T02:00:00Z')): TestClock => {
  let now = start.getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (at) => {
    now = at.getTime();
  };
  return clock;
};

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  database: Database;
  clock: TestClock;
  close: () => Promise<void>;
};

/** The real app on a fresh database; demo mode off unless asked, so the second factor is enforced. */
export const startTestApp = async (
  engine: Engine,
  options: {
    demoMode?: boolean;
    seedDemo?: boolean;
    bodyLimit?: number;
    documentLimit?: number;
    refData?: boolean;
  } = {},
): Promise<TestApp> => {
  const database = await openTestDatabase(engine, { refData: options.refData ?? false });
  const config = readConfig({
    LOG_LEVEL: 'silent',
    GIAPRANH_DEMO_MODE: options.demoMode ? 'true' : 'false',
    GIAPRANH_BODY_LIMIT: String(options.bodyLimit ?? 1_048_576),
    ...(options.documentLimit ? { GIAPRANH_DOCUMENT_LIMIT: String(options.documentLimit) } : {}),
  });
  const clock = makeTestClock();
  const deps: AppDeps = { db: database.db, engine: database.engine, clock, config };
  if (options.seedDemo) {
    await seedDemo(deps);
  }
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};
