import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../events/outbox.tables.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import { loadTestRefData } from '../../../test/refdata.ts';

type Api = Awaited<ReturnType<typeof logInAs>>['api'];

describe.each(ENGINES)('jurisdiction and successions on %s', (engine) => {
  let test: TestApp;
  let api: Api;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true });
    const agency = await buildAgency(test.deps, { kind: 'ministry' });
    const { user } = await buildUser(test.deps, { agency, roles: ['administrator'] });
    api = (await logInAs(test, user.username)).api;
  }, 120_000);
  afterAll(async () => {
    await test.close();
  });

  const agencyId = async (code: string) => {
    const items = (await api.get(`/api/agencies?q=${code}`)).json().items as { id: string; code: string }[];
    return items.find((item) => item.code === code)?.id ?? '';
  };
  const put = (id: string, body: unknown) => api.request('PUT', `/api/agencies/${id}/jurisdiction`, body);

  it('answers 503 before the reference data is loaded, then checks every unit code', async () => {
    const created = (
      await api.post('/api/agencies', {
        code: 'CA-THU-TB',
        kind: 'provincial',
        nameVi: 'Công an tỉnh Thái Bình (thử)',
      })
    ).json();
    const units = [{ structure: 'pre2025', unitCode: '34', validUntil: '2025-07-01' }];
    const early = await put(created.id, { version: 1, units });
    expect(early.statusCode).toBe(503);
    expect(early.json().code).toBe('refdata_unavailable');

    await loadTestRefData(test.deps);
    const unknown = await put(created.id, {
      version: 1,
      units: [...units, { structure: 'current', unitCode: '34', validFrom: '2025-07-01' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'unknown_unit', errors: [{ path: 'units.1.unitCode' }] });
    const wrongPeriod = await put(created.id, {
      version: 1,
      units: [{ structure: 'pre2025', unitCode: '34', validFrom: null, validUntil: '2026-01-01' }],
    });
    expect(wrongPeriod.json()).toMatchObject({
      code: 'invalid_period',
      errors: [{ path: 'units.0.validUntil' }],
    });
    const set = await put(created.id, { version: 1, units });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      version: 2,
      jurisdictionHistory: [{ structure: 'pre2025', unitCode: '34', unitName: 'Tỉnh Thái Bình' }],
    });
    const now = (await api.get(`/api/agencies/${created.id}?at=2025-06-30&structure=current`)).json();
    expect(now.jurisdiction.units).toMatchObject([{ structure: 'current', unitCode: '33', derived: true }]);

    const hungYen = await agencyId('CA-HYN');
    const twoForMerge = await api.post(`/api/agencies/${created.id}/successions`, {
      version: 2,
      kind: 'merged_into',
      date: '2025-07-01',
      successorIds: [hungYen, created.id],
    });
    expect(twoForMerge.json()).toMatchObject({
      code: 'invalid_succession',
      errors: [{ path: 'successorIds' }],
    });
    const merged = await api.post(`/api/agencies/${created.id}/successions`, {
      version: 2,
      kind: 'merged_into',
      date: '2025-07-01',
      successorIds: [hungYen],
    });
    expect(merged.statusCode).toBe(201);
    expect(merged.json()).toMatchObject({ validUntil: '2025-07-01', status: 'dissolved', version: 3 });
    expect(merged.json().successors).toMatchObject([{ agency: { code: 'CA-HYN' } }]);
    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, created.id));
    expect(events.map((e) => e.eventType)).toEqual([
      'agency.create',
      'agency.jurisdiction_set',
      'agency.succession_add',
    ]);
  }, 120_000);

  it('shows a 2023 force in today’s structure, and today’s force in 2023’s, with the official names', async () => {
    const yenBai = (
      await api.get(`/api/agencies/${await agencyId('CA-YBI')}?at=2023-06-20&structure=current`)
    ).json();
    expect(yenBai.jurisdiction.units).toEqual([
      { structure: 'current', unitCode: '15', unitName: 'Tỉnh Lào Cai', derived: true },
    ]);
    const sekong = (await api.get(`/api/agencies/${await agencyId('LA-XEKONG')}`)).json();
    expect(sekong.jurisdiction.units).toMatchObject([
      { unitCode: 'LA-XE', unitName: expect.stringMatching(/kong/i) },
    ]);
    const laoCai = (await api.get(`/api/agencies/${await agencyId('CA-LCI')}?at=2023-06-20`)).json();
    expect(laoCai.jurisdiction.units).toEqual([
      { structure: 'pre2025', unitCode: '10', unitName: 'Tỉnh Lào Cai', derived: false },
    ]);
  });
});
