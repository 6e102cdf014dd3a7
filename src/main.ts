import { ConfigError, readConfig } from './config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data.ts';
import { startOverdueEscalation } from './modules/exchange/index.ts';
import { describeRefDataStartup } from './modules/geo/index.ts';
import { openConfiguredDatabase, prepareServer } from './server.ts';

const printWelcome = (address: string, demoMode: boolean, engine: string, refdata: string) => {
  const lines = [`Giáp Ranh is running at ${address} (database: ${engine})`, refdata];
  if (demoMode) {
    lines.push(
      'Demo mode: no second factor is asked. Demo logins (password for all):',
      `  password: ${DEMO_PASSWORD}`,
    );
    for (const user of DEMO_USERS) {
      lines.push(`  ${user.username.padEnd(18)} ${user.roles.join(', ').padEnd(16)} ${user.agencyCode}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
};

const main = async () => {
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  const { app, deps, refdata } = await prepareServer(config, database);
  const stopEscalation = startOverdueEscalation(deps, (error) =>
    app.log.error({ err: error }, 'overdue escalation failed'),
  );
  const close = async () => {
    stopEscalation();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  const address = await app.listen({ host: config.host, port: config.port });
  printWelcome(address, config.demoMode, database.engine, describeRefDataStartup(refdata));
};

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
