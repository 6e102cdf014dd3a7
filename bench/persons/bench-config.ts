// What the persons benchmark runs on: the count and seed (flags or environment), the server, its own database.

/** The benchmark's own database on the server; never a test or template database of the suite. */
export const BENCH_DATABASE = 'giapranh_bench_persons';
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** The forces that record the generated persons: the generator's default, all demo forces. */
export const BENCH_AGENCIES = ['CA-HYN', 'CA-HNI', 'CA-LCU', 'CA-DNG', 'CA-HCM', 'CA-AGG'] as const;
/** The force whose user searches and matches: the Ministry's drug police department, party to the bench agreement. */
export const VIEWER_AGENCY = 'C04';
export const VIEWER_USERNAME = 'xem.cuc';
export const QUERY_COUNT = 1_000;

export type PersonsBenchConfig = { count: number; seed: number; serverUrl: string; benchUrl: string };

const flag = (args: readonly string[], name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};

const wholeNumber = (text: string | undefined, fallback: number, what: string): number => {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${what} must be a whole number, not ${text}`);
  return Number(text);
};

/** `--count N` / BENCH_PERSONS_COUNT (1,000,000), `--seed S` / BENCH_PERSONS_SEED (7), DATABASE_URL's server. */
export const readBenchConfig = (args: readonly string[], env = process.env): PersonsBenchConfig => {
  const serverUrl = env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return {
    count: wholeNumber(flag(args, 'count') ?? env.BENCH_PERSONS_COUNT, 1_000_000, 'count'),
    seed: wholeNumber(flag(args, 'seed') ?? env.BENCH_PERSONS_SEED, 7, 'seed'),
    serverUrl,
    benchUrl: url.toString(),
  };
};
