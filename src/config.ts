import { resolve } from 'node:path';
import { z } from 'zod';

const Bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const ConfigEnv = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .describe('PostgreSQL server URL; when absent the embedded PGlite database is used'),
  GIAPRANH_DATA_DIR: z.string().min(1).default('./data'),
  GIAPRANH_REFDATA: z.string().min(1).default('../shared/data/vn-admin'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GIAPRANH_DEMO_MODE: Bool.default(false),
  GIAPRANH_COOKIE_SECURE: Bool.default(true),
  GIAPRANH_BODY_LIMIT: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),
  GIAPRANH_DOCUMENT_LIMIT: z.coerce.number().int().min(1024).max(100_000_000).default(20_971_520),
  GIAPRANH_IMPORT_LIMIT: z.coerce.number().int().min(1024).max(1_000_000_000).default(67_108_864),
  GIAPRANH_EARLY_WARNING_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
});

export type Config = Readonly<{
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDir: string;
  refDataDir: string;
  host: string;
  port: number;
  logLevel: z.infer<typeof ConfigEnv>['LOG_LEVEL'];
  demoMode: boolean;
  cookieSecure: boolean;
  bodyLimit: number;
  documentLimit: number;
  importLimit: number;
  /** How often the early warning runs in the server, in minutes; 0 never (the CLI and the API still run it). */
  earlyWarningMinutes: number;
}>;

/** Raised when the environment is invalid; its message names every bad variable. */
export class ConfigError extends Error {}

/** Parses the environment once at start; the only place that reads process.env. */
export const readConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfigEnv.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.GIAPRANH_DATA_DIR);
  return Object.freeze({
    databaseUrl: e.DATABASE_URL,
    dataDir,
    pgliteDir: resolve(dataDir, 'pglite'),
    refDataDir: resolve(e.GIAPRANH_REFDATA),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demoMode: e.GIAPRANH_DEMO_MODE,
    cookieSecure: e.GIAPRANH_COOKIE_SECURE,
    bodyLimit: e.GIAPRANH_BODY_LIMIT,
    documentLimit: e.GIAPRANH_DOCUMENT_LIMIT,
    importLimit: e.GIAPRANH_IMPORT_LIMIT,
    earlyWarningMinutes: e.GIAPRANH_EARLY_WARNING_MINUTES,
  });
};
