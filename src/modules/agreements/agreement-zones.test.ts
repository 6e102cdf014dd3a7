import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { outboxEvents } from '../../events/outbox.tables.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildUser, logInAs } from '../../test/factories.ts';
import { findAgencyWithCode } from '../agencies/index.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { listZones } from '../geo/index.ts';
import { findAgreementsCovering } from './index.ts';

const BELT_NAME = 'Địa bàn giáp ranh Hà Nội - Hưng Yên';
const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe.each(ENGINES)('agreement zones with the reference data on %s', (engine) => {
  let test: TestApp;
  let beltId: string;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true, seedDemo: true, refData: true });
    const belt = (await listZones(test.deps.db, {})).find((zone) => zone.name === BELT_NAME);
    beltId = belt?.id ?? '';
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  const idOf = async (code: string) => (await findAgencyWithCode(test.deps.db, code))?.id ?? '';
  const adminAt = async (code: string) => {
    const agency = await findAgencyWithCode(test.deps.db, code);
    const { user } = await buildUser(test.deps, { ...(agency ? { agency } : {}), roles: ['administrator'] });
    return (await logInAs(test, user.username)).api;
  };

  it('links the Hà Nội - Hưng Yên regulation to the demo belt, and finds it by that zone', async () => {
    const haNoi = await idOf('CA-HNI');
    const hungYen = await idOf('CA-HYN');
    const query = { agencyIds: [haNoi, hungYen], domain: 'drugs' as const, at: '2024-01-01' };
    const found = await findAgreementsCovering(test.deps.db, { ...query, zoneIds: [beltId] });
    expect(found).toHaveLength(1);
    expect(found[0]?.areaDescription).toContain('8 huyện giáp ranh');
    expect(await findAgreementsCovering(test.deps.db, { ...query, zoneIds: [UNKNOWN] })).toEqual([]);
    expect(await seedDemo(test.deps)).toEqual({ created: false });
  });

  it('refuses zones outside the parties’ jurisdictions or unknown, and saves nothing', async () => {
    const api = await adminAt('CA-DNG');
    const created = await api.post('/api/agreements', {
      kind: 'mou',
      title: 'Biên bản thử Đà Nẵng - Sê Kông',
      parties: [{ agencyId: await idOf('CA-DNG') }, { agencyId: await idOf('LA-XEKONG') }],
    });
    const draft = created.json();
    const outside = await api.request('PUT', `/api/agreements/${draft.id}/zones`, {
      version: 1,
      zoneIds: [beltId],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'zone_outside_parties', errors: [{ path: 'zoneIds.0' }] });
    const unknown = await api.request('PUT', `/api/agreements/${draft.id}/zones`, {
      version: 1,
      zoneIds: [UNKNOWN],
    });
    expect(unknown.json()).toMatchObject({ code: 'unknown_zone', errors: [{ path: 'zoneIds.0' }] });
    const after = (await api.get(`/api/agreements/${draft.id}`)).json();
    expect(after).toMatchObject({ zoneIds: [], version: 1 });
  });

  it('sets a zone that lies within the parties’ jurisdictions', async () => {
    const api = await adminAt('CA-HYN');
    const created = await api.post('/api/agreements', {
      kind: 'plan',
      title: 'Kế hoạch thử Hà Nội - Hưng Yên',
      parties: [{ agencyId: await idOf('CA-HYN') }, { agencyId: await idOf('CA-HNI') }],
    });
    const draft = created.json();
    const set = await api.request('PUT', `/api/agreements/${draft.id}/zones`, {
      version: 1,
      zoneIds: [beltId],
      areaDescription: 'Vành đai 5 km',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ zoneIds: [beltId], areaDescription: 'Vành đai 5 km', version: 2 });
    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, draft.id));
    expect(events.map((e) => e.eventType)).toEqual(['agreement.create', 'agreement.zones_set']);
    const audit = await test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectIds, [draft.id]));
    expect(audit.map((a) => a.detail)).toEqual(['agreement.create', 'agreement.zones_set']);
  });
});
