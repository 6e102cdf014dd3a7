import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgencyRow, findAgencyWithCode } from '../modules/agencies/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { buildUser, logInAs } from '../test/factories.ts';

describe.each(ENGINES)('the demo forming hotspot on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true, seedDemo: true, refData: true });
  }, 120_000);
  afterAll(async () => {
    await test.close();
  });

  it('is caught by a run of the early warning on the demo: one new alert, by the Hà Nội - Hưng Yên boundary', async () => {
    const { user } = await buildUser(test.deps, { roles: ['administrator'] });
    const admin = (await logInAs(test, user.username)).api;
    const run = await admin.post('/api/early-warning/run', {});
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ raised: 1 });
    const agency = (await findAgencyWithCode(test.deps.db, 'CA-HYN')) as AgencyRow;
    const officer = await buildUser(test.deps, { agency, roles: ['investigator'] });
    const hungYen = (await logInAs(test, officer.user.username)).api;
    const alerts = (await hungYen.get('/api/early-warning/alerts?status=open')).json().items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ trend: 'new', provinceCode: '33', nearestProvinceCode: '01' });
    expect(alerts[0].eventCount).toBeGreaterThanOrEqual(8);
    expect(alerts[0].zoneIds.length).toBeGreaterThan(0);
  });
});
