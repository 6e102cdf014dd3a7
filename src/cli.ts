import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Command, InvalidArgumentError } from 'commander';
import { registerGeneratePersonsCommand } from './cli/generate-persons.command.ts';
import { registerImportPersonsCommand } from './cli/import-persons.command.ts';
import { registerMatchPersonsCommand } from './cli/match-persons.command.ts';
import { type Config, ConfigError, readConfig } from './config.ts';
import type { Database } from './db/connect.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { type AppDeps, systemContext } from './http/context.ts';
import { AppError } from './http/problem.ts';
import { findAgencyWithCode } from './modules/agencies/index.ts';
import { verifyAuditChain } from './modules/audit/index.ts';
import { createAccount, ROLES, type Role } from './modules/auth/index.ts';
import { loadRefData } from './modules/geo/index.ts';
import { openConfiguredDatabase } from './server.ts';

/** Opens the configured database, applies pending migrations, runs `work`, and closes it whatever happens. */
const withDeps = async <T>(work: (deps: AppDeps, database: Database) => Promise<T>): Promise<T> => {
  const config: Config = readConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await work(
      { db: database.db, engine: database.engine, clock: () => new Date(), config },
      database,
    );
  } finally {
    await database.close();
  }
};

const parseRoles = (value: string): Role[] => {
  const roles = value.split(',').map((role) => role.trim());
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0 || roles.length === 0) {
    throw new InvalidArgumentError(`unknown role(s) ${unknown.join(', ')}; known: ${ROLES.join(', ')}`);
  }
  return roles as Role[];
};

const readPassword = async (fromStdin: boolean): Promise<string> => {
  if (fromStdin || !process.stdin.isTTY) {
    return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question('Initial password: ');
  } finally {
    prompt.close();
  }
};

const program = new Command('giapranh')
  .description('Giáp Ranh: coordination between police forces across jurisdiction borders')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the server (as `npm start` does, without building the web app)')
  .action(async () => {
    await import('./main.ts');
  });

program
  .command('migrate')
  .description('apply pending database migrations (PGlite data folder, or DATABASE_URL)')
  .action(() =>
    withDeps(async (_deps, database) => {
      process.stdout.write(`migrations applied (${database.engine})\n`);
    }),
  );

program
  .command('seed-demo')
  .description('load the demo forces and accounts (once; a second run changes nothing)')
  .action(() =>
    withDeps(async (deps) => {
      const { created } = await seedDemo(deps);
      process.stdout.write(created ? 'demo data loaded\n' : 'demo data already present: nothing changed\n');
    }),
  );

const audit = program.command('audit').description('the hash-chained audit log');
audit
  .command('verify')
  .description('check the whole chain; name the first entry altered, removed or inserted (exit 1 if any)')
  .action(() =>
    withDeps(async (deps) => {
      const report = await verifyAuditChain(deps.db);
      if (report.problem) {
        process.stdout.write(
          `audit chain BROKEN: ${report.problem.message} (${report.entries} entries verified before it)\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`audit chain OK: ${report.entries} entries, head at ${report.headSeq}\n`);
    }),
  );

const refdata = program
  .command('refdata')
  .description('administrative reference data (units, mapping, geometry)');
refdata
  .command('load')
  .description(
    'load the reference folder into the database (default: GIAPRANH_REFDATA or ../shared/data/vn-admin); ' +
      'the same data again changes nothing, a newer data set replaces the reference tables in one transaction',
  )
  .argument('[dir]', 'the reference folder (with units-current.json, geo/ ...)')
  .action((dir: string | undefined) =>
    withDeps(async (deps) => {
      const folder = resolve(dir ?? deps.config.refDataDir);
      process.stdout.write(`loading reference data from ${folder}\n`);
      const result = await loadRefData(deps.db, folder, {
        onProgress: (line) => process.stdout.write(`  ${line}\n`),
      });
      if (result.status === 'unchanged') {
        process.stdout.write('reference data already loaded from the same files: nothing changed\n');
        return;
      }
      const counts = Object.entries(result.counts).map(([name, n]) => `${name} ${n}`);
      process.stdout.write(`reference data loaded in ${result.durationMs} ms: ${counts.join(', ')}\n`);
    }),
  );

const user = program.command('user').description('accounts');
user
  .command('create')
  .description('create an account; the password is asked for, or read from standard input')
  .requiredOption('--agency <code>', 'agency code, e.g. CA-HYN')
  .requiredOption('--username <username>', 'login name')
  .requiredOption('--display-name <name>', 'full name as shown, e.g. "Nguyễn Văn Đức"')
  .requiredOption('--roles <roles>', `comma-separated: ${ROLES.join(', ')}`, parseRoles)
  .option('--password-stdin', 'read the password from standard input')
  .action(
    (options: {
      agency: string;
      username: string;
      displayName: string;
      roles: Role[];
      passwordStdin?: boolean;
    }) =>
      withDeps(async (deps) => {
        const agency = await findAgencyWithCode(deps.db, options.agency);
        if (!agency) {
          throw new AppError('not_found', `no agency with code ${options.agency}`);
        }
        const password = await readPassword(options.passwordStdin ?? false);
        const created = await createAccount(systemContext(deps, 'giapranh user create'), {
          username: options.username,
          displayName: options.displayName,
          roles: options.roles,
          password,
          agencyId: agency.id,
          createdBy: null,
        });
        process.stdout.write(`created ${created.username} (${created.id}) in ${agency.code}\n`);
      }),
  );

registerImportPersonsCommand(program, withDeps);
registerGeneratePersonsCommand(program);
registerMatchPersonsCommand(program, withDeps);

/** Runs the CLI; errors are printed as one line with their code, never as a stack trace. */
export const runCli = async (argv: string[]): Promise<void> => {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const message =
      error instanceof AppError
        ? `${error.code}: ${error.message}${error.extra.errors ? ` (${error.extra.errors.map((e) => `${e.path}: ${e.code}`).join('; ')})` : ''}`
        : error instanceof ConfigError
          ? error.message
          : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
};
