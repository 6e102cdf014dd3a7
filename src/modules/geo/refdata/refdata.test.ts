import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/connect.ts';
import { prepareServer } from '../../../server.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildUser, logInAs } from '../../../test/factories.ts';
import { loadTestRefData } from '../../../test/refdata.ts';
import { geoUnits } from '../units/units.tables.ts';
import { loadRefData } from './refdata-load.service.ts';

describe.each(ENGINES)('reference data loading on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine);
  });
  afterAll(async () => {
    await test.close();
  });

  it('answers 503 refdata_unavailable before the load, then loads once and a second load changes nothing', async () => {
    const officer = await buildUser(test.deps, { roles: ['analyst'] });
    const { api } = await logInAs(test, officer.user.username);
    expect((await api.get('/api/geo/status')).json()).toMatchObject({ loaded: false, counts: null });
    const before = await api.get('/api/geo/units?q=ha%20noi');
    expect(before.statusCode).toBe(503);
    expect(before.json().code).toBe('refdata_unavailable');

    const first = await loadTestRefData(test.deps);
    expect(first.status).toBe('loaded');
    expect(first.counts).toMatchObject({
      provincesCurrent: 34,
      communesCurrent: 3321,
      provincesPre2025: 63,
      districtsPre2025: 707,
    });
    const second = await loadRefData(test.deps.db, test.deps.config.refDataDir);
    expect(second).toMatchObject({ status: 'unchanged', loadId: first.loadId });
    const [units] = await test.deps.db.select({ n: count() }).from(geoUnits);
    expect(units?.n).toBe(3321 + 34 + 63 + 707 + 10615);
    const status = (await api.get('/api/geo/status')).json();
    expect(status).toMatchObject({ loaded: true, dataAsOf: '2026-04-30' });
    expect((await api.get('/api/geo/units?q=ha%20noi')).statusCode).toBe(200);
  }, 60_000);
});

describe('a missing reference folder', () => {
  it('does not stop the server: it starts and reports where it looked', async () => {
    const config = readConfig({ LOG_LEVEL: 'silent', GIAPRANH_REFDATA: '/nonexistent/vn-admin' });
    const database = await openDatabase({ memory: true });
    const { app, refdata } = await prepareServer(config, database);
    try {
      expect(refdata).toEqual({ state: 'missing', dir: '/nonexistent/vn-admin' });
      await expect(loadRefData(database.db, '/nonexistent/vn-admin')).rejects.toMatchObject({
        code: 'refdata_unavailable',
      });
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBeLessThan(500);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
