import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../test/api.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { ENGINES } from '../test/db.ts';
import { buildUser, logInAs } from '../test/factories.ts';
import { seedDemo } from './seed-demo.ts';

type ZoneItem = { id: string; name: string; version: number; members: { code: string }[] };

const BELT_NAME = 'Địa bàn giáp ranh Hà Nội - Hưng Yên';

describe.each(ENGINES)('the demo seed with the reference data on %s', (engine) => {
  let test: TestApp;
  let officer: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine, { demoMode: true, seedDemo: true, refData: true });
    const o = await buildUser(test.deps, { roles: ['liaison_officer'] });
    officer = (await logInAs(test, o.user.username)).api;
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  const listZones = async (): Promise<ZoneItem[]> => (await officer.get('/api/geo/zones')).json().items;

  it('builds the Hà Nội - Hưng Yên border belt, holding Bát Tràng on the Hà Nội side of the boundary', async () => {
    const belt = (await listZones()).find((zone) => zone.name === BELT_NAME);
    expect(belt).toBeDefined();
    // 00577 Xã Bát Tràng (Hà Nội) faces Văn Giang (Hưng Yên) across the Red River; 09700 (Ba Vì) is far west.
    const inside = await officer.get(`/api/geo/zones/${belt?.id}/contains?structure=current&code=00577`);
    expect(inside.json()).toEqual({ inside: true, reason: 'member' });
    const outside = await officer.get(`/api/geo/zones/${belt?.id}/contains?structure=current&code=09700`);
    expect(outside.json()).toMatchObject({ inside: false });
  });

  it('changes nothing when seeded a second time', async () => {
    const before = await listZones();
    expect(await seedDemo(test.deps)).toEqual({ created: false });
    const after = await listZones();
    expect(after.map((zone) => [zone.id, zone.version])).toEqual(
      before.map((zone) => [zone.id, zone.version]),
    );
    expect(after.filter((zone) => zone.name === BELT_NAME)).toHaveLength(1);
  });
});
