import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../events/outbox.tables.ts';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildUser, logInAs } from '../../../test/factories.ts';
import { isPointInZone, isUnitInZone } from '../index.ts';

type Member = { code: string; level: string };

describe.each(ENGINES)('border zones on %s', (engine) => {
  let test: TestApp;
  let admin: ApiClient;
  let officer: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine, { refData: true });
    const a = await buildUser(test.deps, { roles: ['administrator'] });
    admin = (await logInAs(test, a.user.username)).api;
    const o = await buildUser(test.deps, { roles: ['liaison_officer'] });
    officer = (await logInAs(test, o.user.username)).api;
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  const belt = {
    kind: 'belt',
    name: 'Địa bàn giáp ranh Hà Nội - Hưng Yên',
    structure: 'current',
    provinces: ['01', '33'],
    beltKm: 5,
  };

  it('builds a 5 km belt along the Hà Nội - Hưng Yên boundary: boundary communes in, Ba Vì out', async () => {
    const res = await admin.post('/api/geo/zones', belt);
    expect(res.statusCode).toBe(201);
    const zone = res.json();
    const codes = zone.members.map((m: Member) => m.code);
    expect(codes).toContain('12031');
    expect(codes).not.toContain('09700');
    expect(zone.members.length).toBeGreaterThan(5);
    expect(await isUnitInZone(test.deps.db, zone.id, { structure: 'current', code: '12031' })).toBe(true);
    expect(await isUnitInZone(test.deps.db, zone.id, { structure: 'current', code: '09700' })).toBe(false);
    expect(await isPointInZone(test.deps.db, zone.id, { lat: 20.95, lon: 105.95 })).toBe(true);
    expect(await isPointInZone(test.deps.db, zone.id, { lat: 21.13, lon: 105.5 })).toBe(false);
    const check = await officer.get(`/api/geo/zones/${zone.id}/contains?lat=20.95&lon=105.95`);
    expect(check.json()).toEqual({ inside: true, reason: 'within_belt' });
    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, zone.id));
    expect(events.map((e) => e.eventType)).toEqual(['border_zone.create']);
    const map = (await officer.get(`/api/geo/zones/${zone.id}/geojson`)).json();
    expect(
      map.features.some((f: { properties: { kind: string } }) => f.properties.kind === 'zone_boundary'),
    ).toBe(true);
  });

  it('builds a zone of units across the national border and resolves old units into it', async () => {
    const res = await admin.post('/api/geo/zones', {
      kind: 'units',
      name: 'Quảng Nam (cũ) - Sê Kông',
      structure: 'pre2025',
      units: [{ code: '49' }, { code: 'LA-XE' }],
    });
    expect(res.statusCode).toBe(201);
    const zone = res.json();
    expect(zone.members.map((m: Member) => m.level).sort()).toEqual(['foreign', 'province']);
    const inside = await officer.get(`/api/geo/zones/${zone.id}/contains?structure=pre2025&code=503`);
    expect(inside.json()).toEqual({ inside: true, reason: 'in_member_province' });
    expect(await isUnitInZone(test.deps.db, zone.id, { structure: 'pre2025', code: '48' })).toBe(false);
  });

  it('builds a zone from the communes on both sides of a provincial boundary', async () => {
    const res = await admin.post('/api/geo/zones', {
      kind: 'units',
      name: 'Xã giáp ranh Hà Nội - Hưng Yên',
      structure: 'current',
      borderCommunesOf: ['01', '33'],
    });
    expect(res.statusCode).toBe(201);
    const members = res.json().members as Member[];
    expect(members.every((m) => m.level === 'commune')).toBe(true);
    expect(members.length).toBeGreaterThan(4);
  });

  it('refuses units that do not touch, unknown units and one-jurisdiction zones with the field at fault', async () => {
    const apart = await admin.post('/api/geo/zones', {
      kind: 'units',
      name: 'Hà Nội - Cà Mau',
      structure: 'current',
      units: [{ code: '01' }, { code: '96' }],
    });
    expect(apart.statusCode).toBe(422);
    expect(apart.json()).toMatchObject({ code: 'units_not_adjacent', errors: [{ path: 'units.1.code' }] });
    const unknown = await admin.post('/api/geo/zones', {
      kind: 'units',
      name: 'Không rõ',
      structure: 'current',
      units: [{ code: '01' }, { code: '99' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'unknown_unit', errors: [{ path: 'units.1.code' }] });
    const beltApart = await admin.post('/api/geo/zones', { ...belt, provinces: ['01', '96'] });
    expect(beltApart.json()).toMatchObject({ code: 'units_not_adjacent', errors: [{ path: 'provinces.0' }] });
    const single = await admin.post('/api/geo/zones', {
      kind: 'units',
      name: 'Một tỉnh',
      structure: 'current',
      units: [{ code: '01' }, { code: '00004' }],
    });
    expect(single.json()).toMatchObject({ code: 'zone_single_jurisdiction', errors: [{ path: 'units' }] });
    const malformed = await admin.post('/api/geo/zones', { ...belt, beltKm: 500 });
    expect(malformed.statusCode).toBe(400);
  });

  it('lets every role read zones, and only administrators change them', async () => {
    expect((await officer.post('/api/geo/zones', belt)).statusCode).toBe(403);
    const created = (await admin.post('/api/geo/zones', { ...belt, name: 'Vành đai thử' })).json();
    expect(created.abilities).toEqual({ canManage: true });
    const seen = await officer.get(`/api/geo/zones/${created.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual({ canManage: false });
    expect((await admin.get(`/api/geo/zones/${created.id}`)).json().abilities).toEqual({ canManage: true });
    const listed = (await officer.get('/api/geo/zones?province=33'))
      .json()
      .items.map((z: { id: string }) => z.id);
    expect(listed).toContain(created.id);
    expect(
      (await officer.patch(`/api/geo/zones/${created.id}`, { version: 1, name: 'Đổi tên' })).statusCode,
    ).toBe(403);
    const renamed = await admin.patch(`/api/geo/zones/${created.id}`, { version: 1, name: 'Đổi tên' });
    expect(renamed.json()).toMatchObject({ name: 'Đổi tên', version: 2 });
    expect(
      (await admin.patch(`/api/geo/zones/${created.id}`, { version: 1, name: 'Tên cũ' })).statusCode,
    ).toBe(409);
    expect((await admin.request('DELETE', `/api/geo/zones/${created.id}?version=2`)).statusCode).toBe(204);
    expect((await officer.get(`/api/geo/zones/${created.id}`)).statusCode).toBe(404);
    const unauthenticated = await test.app.inject({ method: 'GET', url: '/api/geo/zones' });
    expect(unauthenticated.statusCode).toBe(401);
  });
});
