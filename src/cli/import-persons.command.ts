import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { type AppDeps, systemContext } from '../http/context.ts';
import { AppError } from '../http/problem.ts';
import { findAgencyWithCode } from '../modules/agencies/index.ts';
import { type ImportProgress, importPersons } from '../modules/persons/index.ts';

/** How the CLI opens the database for a command (cli.ts `withDeps`). */
type WithDeps = <T>(work: (deps: AppDeps) => Promise<T>) => Promise<T>;

const describe = (p: ImportProgress) =>
  `${p.lines} lines: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.badLines} bad`;

const fileToRead = async (file: string): Promise<string> => {
  try {
    await access(file);
    return file;
  } catch {
    throw new AppError('not_found', `cannot read ${file}`);
  }
};

/**
 * Registers `giapranh import persons FILE --agency CODE`: the NDJSON file read as a stream into the agency's persons,
 * progress and each bad line on stderr, the summary on stdout, exit status 1 when any line was bad.
 */
export const registerImportPersonsCommand = (program: Command, withDeps: WithDeps): void => {
  const imports =
    program.commands.find((command) => command.name() === 'import') ??
    program.command('import').description('load records from files');
  imports
    .command('persons')
    .description(
      'load persons of interest from NDJSON, one JSON object per line (docs/import-persons.md); a second run of ' +
        'the same file changes nothing; exit status 1 when any line was bad (the good ones are loaded)',
    )
    .argument('<file>', 'the NDJSON file')
    .requiredOption('--agency <code>', 'the agency that owns the persons, e.g. CA-HYN')
    .action((file: string, options: { agency: string }) =>
      withDeps(async (deps) => {
        const agency = await findAgencyWithCode(deps.db, options.agency);
        if (!agency) {
          throw new AppError('not_found', `no agency with code ${options.agency}`);
        }
        const source = createReadStream(await fileToRead(file));
        const report = await importPersons(systemContext(deps, 'giapranh import persons'), {
          by: { agencyId: agency.id, userId: null },
          source,
          onProgress: (progress) => process.stderr.write(`read ${describe(progress)}\n`),
          onBad: (fault) =>
            process.stderr.write(
              `line ${fault.line}: ${fault.code}${fault.path ? ` at ${fault.path}` : ''}: ${fault.message}\n`,
            ),
        });
        process.stdout.write(`imported ${file} into ${agency.code}: ${describe(report)}\n`);
        if (report.badLines > 0) {
          process.exitCode = 1;
        }
      }),
    );
};
