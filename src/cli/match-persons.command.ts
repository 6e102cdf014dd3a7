import type { Command } from 'commander';
import { and, asc, eq, gt } from 'drizzle-orm';
import { withTransaction } from '../db/connect.ts';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/problem.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { agencyViewer, detectMatches, persons } from '../modules/persons/index.ts';

/** How the CLI opens the database for a command (cli.ts `withDeps`). */
type WithDeps = <T>(work: (deps: AppDeps) => Promise<T>) => Promise<T>;

const PAGE = 500;

const bar = (done: number, total: number) => {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
};

/**
 * Registers `giapranh match persons --agency CODE`: every person the agency holds is matched against what the
 * agency may see (as after an import), with a progress bar on stderr and the count of possible matches on stdout.
 */
export const registerMatchPersonsCommand = (program: Command, withDeps: WithDeps): void => {
  const match =
    program.commands.find((c) => c.name() === 'match') ??
    program.command('match').description('find possible same-person links');
  match
    .command('persons')
    .description(
      'match every person an agency holds against the records it may see; decisions already taken stay',
    )
    .requiredOption('--agency <code>', 'the agency whose persons are matched, e.g. CA-HNI')
    .action((options: { agency: string }) =>
      withDeps(async (deps) => {
        const agency = await findAgencyWithCode(deps.db, options.agency);
        if (!agency) throw new AppError('not_found', `no agency with code ${options.agency}`);
        const total = await deps.db.$count(persons, eq(persons.ownerAgencyId, agency.id));
        const viewer = agencyViewer(agency.id, agency.country !== 'VN', deps.clock());
        let done = 0;
        let found = 0;
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const page = await deps.db
            .select()
            .from(persons)
            .where(and(eq(persons.ownerAgencyId, agency.id), gt(persons.id, after)))
            .orderBy(asc(persons.id))
            .limit(PAGE);
          if (page.length === 0) break;
          await withTransaction(deps.db, async (trx) => {
            for (const person of page) found += await detectMatches(trx, viewer, person, deps.clock());
          });
          done += page.length;
          after = page[page.length - 1]?.id ?? after;
          process.stderr.write(`\r${bar(done, total)}`);
        }
        process.stderr.write('\n');
        process.stdout.write(`${done} persons of ${agency.code} matched: ${found} possible matches\n`);
      }),
    );
};
