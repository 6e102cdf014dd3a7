import type { Command } from 'commander';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/problem.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { agencyViewer, type BatchMatchProgress, matchAgencyPersons } from '../modules/persons/index.ts';

/** How the CLI opens the database for a command (cli.ts `withDeps`). */
type WithDeps = <T>(work: (deps: AppDeps) => Promise<T>) => Promise<T>;

const bar = (done: number, total: number) => {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((done / Math.max(total, 1)) * 100)}%`;
};

const describeProgress = ({ phase, done, total }: BatchMatchProgress) =>
  phase === 'load' ? `reading records: ${done}` : `matching ${bar(done, total ?? done)}`;

/**
 * Registers `giapranh match persons --agency CODE`: every person the agency holds is matched in one batch against
 * the records of other forces it may see, with a progress bar on stderr and the count of possible matches on stdout.
 */
export const registerMatchPersonsCommand = (program: Command, withDeps: WithDeps): void => {
  const match =
    program.commands.find((c) => c.name() === 'match') ??
    program.command('match').description('find possible same-person links');
  match
    .command('persons')
    .description(
      'match every person an agency holds against the records of other forces it may see; decisions already taken stay',
    )
    .requiredOption('--agency <code>', 'the agency whose persons are matched, e.g. CA-HNI')
    .action((options: { agency: string }) =>
      withDeps(async (deps) => {
        const agency = await findAgencyWithCode(deps.db, options.agency);
        if (!agency) throw new AppError('not_found', `no agency with code ${options.agency}`);
        const viewer = agencyViewer(agency.id, agency.country !== 'VN', deps.clock());
        const result = await matchAgencyPersons(deps.db, viewer, {
          at: deps.clock(),
          onProgress: (progress) => process.stderr.write(`\r${describeProgress(progress)}   `),
        });
        process.stderr.write('\n');
        process.stdout.write(
          `${result.records} records read for ${agency.code}: ${result.found} possible matches across forces\n`,
        );
      }),
    );
};
