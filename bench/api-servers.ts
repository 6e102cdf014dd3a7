// Starts the two servers the API benchmark compares, in one process of their own (pinned to one core by the
// runner): a bare Fastify JSON route (the named baseline) and Giáp Ranh's authenticated list endpoint.
import Fastify from 'fastify';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { prepareServer } from '../src/server.ts';

const baseConfig = readConfig();
const config = readConfig({ LOG_LEVEL: 'silent', GIAPRANH_DEMO_MODE: 'true' });
const database = await openDatabase(
  baseConfig.databaseUrl ? { databaseUrl: baseConfig.databaseUrl } : { memory: true },
);
const { app } = await prepareServer(config, database);
const appAddress = await app.listen({ host: '127.0.0.1', port: 0 });

const login = await fetch(`${appAddress}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'quantri.hungyen', password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const list = await fetch(`${appAddress}/api/users`, { headers: { cookie } });
const sample = await list.json();

const bare = Fastify({ logger: false });
bare.get('/users', async () => sample);
const bareAddress = await bare.listen({ host: '127.0.0.1', port: 0 });

process.stdout.write(`${JSON.stringify({ engine: database.engine, appAddress, bareAddress, cookie })}\n`);
