// `giapranh generate persons`: invented persons as several forces recorded them, with the truth of who is who,
// for the matching benchmark and tests. No database: it only writes files (or standard output).
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { AppError } from '../http/problem.ts';
import {
  DEFAULT_AGENCIES,
  DEFAULT_DUPLICATE_RATE,
  generateRecords,
  PROGRESS_EVERY,
  type WriteSummary,
  writeRecordsToFolder,
  writeRecordsToStream,
} from '../modules/persons/generate/index.ts';

const MAX_COUNT = 100_000_000;
const MAX_SEED = 0xffffffff;
const AGENCY_CODE = /^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]+)*$/;

type GeneratePersonsOptions = {
  count: number;
  seed: number;
  agencies: string[];
  duplicateRate: number;
  out?: string;
};

const parseWholeNumber = (value: string, max: number): number => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number > max) {
    throw new InvalidArgumentError(`expected a whole number from 0 to ${max}`);
  }
  return number;
};

const parseRate = (value: string): number => {
  const rate = Number(value);
  if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new InvalidArgumentError('expected a share from 0 to 1, e.g. 0.1');
  }
  return rate;
};

const parseAgencies = (value: string): string[] => {
  const codes = value.split(',').map((code) => code.trim().toUpperCase());
  const bad = codes.filter((code) => !AGENCY_CODE.test(code));
  if (bad.length > 0) {
    throw new InvalidArgumentError(`not an agency code: ${bad.join(', ')} (e.g. CA-HNI)`);
  }
  if (new Set(codes).size !== codes.length) {
    throw new InvalidArgumentError('an agency is named twice');
  }
  return codes;
};

const formatCount = (n: number): string => n.toLocaleString('en-US');

const describeSummary = (summary: WriteSummary, startedAt: number): string => {
  const seconds = (performance.now() - startedAt) / 1000;
  const perAgency = Object.entries(summary.recordsByAgency)
    .map(([code, n]) => `${code} ${formatCount(n)}`)
    .join(', ');
  return (
    `${formatCount(summary.persons)} persons, ${formatCount(summary.records)} records (${perAgency}) ` +
    `in ${seconds.toFixed(1)} s, ${formatCount(Math.round(summary.persons / Math.max(seconds, 0.001)))} persons/s`
  );
};

const generatePersons = async (options: GeneratePersonsOptions): Promise<void> => {
  if (options.duplicateRate > 0 && options.agencies.length < 2) {
    throw new AppError(
      'bad_request',
      'duplicates are recorded by another force: name two agencies or more, or pass --duplicate-rate 0',
    );
  }
  const startedAt = performance.now();
  const persons = generateRecords(options);
  const onProgress = (done: { persons: number; records: number }) =>
    process.stderr.write(`  ${formatCount(done.persons)} persons, ${formatCount(done.records)} records\n`);
  if (options.out === undefined) {
    // `... | head` closes the pipe early: that ends the run, it is no failure.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') {
        process.exit(0);
      }
    });
    const summary = await writeRecordsToStream({ persons, stream: process.stdout, onProgress });
    process.stderr.write(`generated ${describeSummary(summary, startedAt)}\n`);
    return;
  }
  const out = resolve(options.out);
  const summary = await writeRecordsToFolder({ persons, agencies: options.agencies, out, onProgress });
  process.stderr.write(
    `wrote ${describeSummary(summary, startedAt)} to ${out} (one .ndjson per agency, labels.csv)\n`,
  );
};

/** Adds `generate persons` to the CLI: a deterministic generator of invented persons and their duplicates. */
export const registerGeneratePersonsCommand = (program: Command): void => {
  const generate =
    program.commands.find((command) => command.name() === 'generate') ??
    program.command('generate').description('invented data for benchmarks and tests (no database needed)');
  generate
    .command('persons')
    .description(
      'invented persons as several forces recorded them, with labelled noisy duplicates; the same ' +
        '--count and --seed always give byte-identical output (see docs/generate-persons.md)',
    )
    .option(
      '--count <n>',
      'distinct persons; records are these plus their duplicates',
      (value) => parseWholeNumber(value, MAX_COUNT),
      1000,
    )
    .option(
      '--seed <s>',
      `seed, a whole number from 0 to ${MAX_SEED}`,
      (value) => parseWholeNumber(value, MAX_SEED),
      1,
    )
    .option('--agencies <codes>', 'comma-separated agency codes that record persons', parseAgencies, [
      ...DEFAULT_AGENCIES,
    ])
    .option(
      '--duplicate-rate <rate>',
      'share of persons recorded again by 1-2 other forces',
      parseRate,
      DEFAULT_DUPLICATE_RATE,
    )
    .option('--out <dir>', 'write <dir>/<AGENCY>.ndjson and <dir>/labels.csv instead of one stream to stdout')
    .addHelpText('after', `\nProgress goes to stderr every ${formatCount(PROGRESS_EVERY)} persons.`)
    .action((options: GeneratePersonsOptions) => generatePersons(options));
};
