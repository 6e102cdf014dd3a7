import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildUser, logInAs } from '../../../test/factories.ts';
import { areProvincesAdjacent, listProvinceNeighbours, resolveUnit } from '../index.ts';

type Summary = { code: string; name: string; structure: string };

describe.each(ENGINES)('administrative units on %s', (engine) => {
  let test: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine, { refData: true });
    const officer = await buildUser(test.deps, { roles: ['read_only'] });
    api = (await logInAs(test, officer.user.username)).api;
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  it('answers 401 without a login', async () => {
    const res = await test.app.inject({ method: 'GET', url: '/api/geo/units?q=ha%20noi' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('keeps the structure with the code: 15 is Yên Bái before 2025-07-01 and Lào Cai after', async () => {
    const old = (await api.get('/api/geo/units/pre2025/15')).json();
    const now = (await api.get('/api/geo/units/current/15')).json();
    expect(old).toMatchObject({
      name: 'Yên Bái',
      level: 'province',
      validUntil: '2025-06-30',
      isoCode: 'VN-06',
    });
    expect(now).toMatchObject({
      name: 'Lào Cai',
      level: 'province',
      validFrom: '2025-07-01',
      validUntil: null,
    });
    expect(old.mapping).toMatchObject({
      structure: 'current',
      units: [{ unit: { code: '15', name: 'Lào Cai' }, type: 'full' }],
    });
    expect(old.childrenCount).toBeGreaterThan(5);
  });

  it.each([
    ['77', 'Bà Rịa - Vũng Tàu', '79'],
    ['74', 'Bình Dương', '79'],
    ['15', 'Yên Bái', '15'],
    ['49', 'Quảng Nam', '48'],
  ])('maps the former province %s (%s) to today’s %s', async (oldCode, oldName, newCode) => {
    const [resolved] = await resolveUnit(test.deps.db, { structure: 'pre2025', code: oldCode }, 'current');
    expect(resolved).toMatchObject({ type: 'full', unit: { code: newCode } });
    const back = await resolveUnit(test.deps.db, { structure: 'current', code: newCode }, 'pre2025');
    expect(back.map((r) => r.unit.name)).toContain(oldName);
  });

  it('resolves a commune both ways and a district through its communes', async () => {
    const forward = (await api.get('/api/geo/units/pre2025/00004/resolve?at=2026-01-15')).json();
    expect(forward.from).toMatchObject({ fullName: 'Phường Trúc Bạch', structure: 'pre2025' });
    expect(forward.structure).toBe('current');
    expect(forward.units).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ code: '00004', fullName: 'Phường Ba Đình' }),
        type: 'full',
      }),
    ]);
    const backward = (await api.get('/api/geo/units/current/00004/resolve?at=2023-05-01')).json();
    expect(backward.structure).toBe('pre2025');
    expect(backward.units.map((u: { unit: Summary }) => u.unit.name)).toEqual(
      expect.arrayContaining(['Trúc Bạch', 'Quán Thánh']),
    );
    const same = (await api.get('/api/geo/units/current/00004/resolve?at=2026-01-15')).json();
    expect(same.units).toHaveLength(1);
    const district = await resolveUnit(test.deps.db, { structure: 'pre2025', code: '001' }, 'current');
    expect(district.map((r) => r.unit.code)).toContain('00004');
  });

  it('knows the adjacency facts of both structures and the national border', async () => {
    expect(await areProvincesAdjacent(test.deps.db, 'current', '01', '33')).toBe(true);
    expect(await areProvincesAdjacent(test.deps.db, 'current', '01', '96')).toBe(false);
    const laiChau = await listProvinceNeighbours(test.deps.db, 'current', '12');
    expect(new Set(laiChau.foreign.map((f) => f.foreign.countryIso2))).toEqual(new Set(['CN']));
    const daNang = (await api.get('/api/geo/units/current/48')).json();
    expect(daNang.neighbours.foreign.map((f: { code: string }) => f.code)).toContain('LA-XE');
    const quangNam = await listProvinceNeighbours(test.deps.db, 'pre2025', '49');
    expect(quangNam.foreign.map((f) => f.foreign.name)).toContain('Sekong');
    const haNoi = (await api.get('/api/geo/units/current/01')).json();
    expect(haNoi.neighbours.units.map((n: { unit: Summary }) => n.unit.name)).toContain('Hưng Yên');
  });

  it.each([
    ['ha noi', 'current', '01'],
    ['Hà Nội', 'current', '01'],
    ['hoa binh', 'pre2025', '17'],
    ['Hòa Bình', 'pre2025', '17'],
    ['Hoà Bình', 'pre2025', '17'],
    ['DA NANG', 'current', '48'],
  ])('finds provinces by "%s" with or without diacritics (%s)', async (q, structure, code) => {
    const res = await api.get(
      `/api/geo/units?q=${encodeURIComponent(q)}&structure=${structure}&level=province`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: Summary) => u.code)).toContain(code);
  });

  it('lists communes of a province in Vietnamese order, paginated', async () => {
    const res = (
      await api.get('/api/geo/units?structure=current&level=commune&province=01&pageSize=200')
    ).json();
    expect(res.total).toBeGreaterThan(100);
    const names = res.items.map((u: Summary) => u.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'vi')));
    const first = (
      await api.get('/api/geo/units?structure=current&level=commune&province=01&pageSize=50')
    ).json();
    const second = (
      await api.get('/api/geo/units?structure=current&level=commune&province=01&pageSize=50&page=2')
    ).json();
    expect(second.items.map((u: Summary) => u.code)).toEqual(
      res.items.slice(50, 100).map((u: Summary) => u.code),
    );
    expect(first.items[0].code).toBe(res.items[0].code);
  });

  it('answers unknown or malformed codes with the field at fault', async () => {
    const unknown = await api.get('/api/geo/units/current/99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'not_found',
      errors: [{ path: 'code', code: 'unknown_unit' }],
    });
    const malformed = await api.get('/api/geo/units/current/1a');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('params.code');
    const badDate = await api.get('/api/geo/units/current/01/resolve?at=2025-13-01');
    expect(badDate.statusCode).toBe(400);
    await expect(
      resolveUnit(test.deps.db, { structure: 'current', code: '00001' }, 'pre2025'),
    ).rejects.toMatchObject({
      code: 'unknown_unit',
      status: 422,
    });
  });
});
