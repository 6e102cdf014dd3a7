import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildUser, logInAs } from '../../../test/factories.ts';

type Feature = { properties: { kind: string; code?: string; role?: string } };

describe.each(ENGINES)('point lookups and map data on %s', (engine) => {
  let test: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    test = await startTestApp(engine, { refData: true });
    const officer = await buildUser(test.deps, { roles: ['investigator'] });
    api = (await logInAs(test, officer.user.username)).api;
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  it('answers 401 without a login', async () => {
    const res = await test.app.inject({ method: 'GET', url: '/api/geo/locate?lat=21.0285&lon=105.8522' });
    expect(res.statusCode).toBe(401);
  });

  it('places Hoàn Kiếm lake in Hà Nội, far from the national border', async () => {
    const res = await api.get('/api/geo/locate?lat=21.0285&lon=105.8522');
    expect(res.statusCode).toBe(200);
    const at = res.json();
    expect(at).toMatchObject({
      inVietnam: true,
      province: { code: '01', structure: 'current' },
      pre2025Province: { code: '01', structure: 'pre2025' },
      commune: { fullName: 'Phường Hoàn Kiếm' },
      foreignUnit: null,
    });
    expect(at.distanceToNationalBorderKm).toBeGreaterThan(100);
    expect(at.distanceToProvincialBoundaryKm).toBeGreaterThan(3);
    expect(at.distanceToProvincialBoundaryKm).toBeLessThan(20);
  });

  it('finds a point in Khổng Lào (Lai Châu) within a few km of the Chinese border', async () => {
    const at = (await api.get('/api/geo/locate?lat=22.6&lon=103.45')).json();
    expect(at).toMatchObject({
      province: { code: '12', name: 'Lai Châu' },
      pre2025Province: { name: 'Lai Châu' },
      nationalBorderCountry: 'CN',
      nearestForeignUnit: { code: 'CN-YN' },
    });
    expect(at.distanceToNationalBorderKm).toBeLessThan(10);
  });

  it('knows which side of a merged boundary a point is on: Nghĩa Trụ (Hưng Yên) is under 3 km from Hà Nội', async () => {
    const at = (await api.get('/api/geo/locate?lat=20.95&lon=105.95')).json();
    expect(at).toMatchObject({ province: { code: '33' }, nearestProvince: { code: '01' } });
    expect(at.distanceToProvincialBoundaryKm).toBeLessThan(3);
  });

  it('places a point in Sekong (Laos) outside Vietnam, in its admin-1 unit', async () => {
    const at = (await api.get('/api/geo/locate?lat=15.35&lon=106.72')).json();
    expect(at).toMatchObject({
      inVietnam: false,
      province: null,
      commune: null,
      foreignUnit: { code: 'LA-XE', name: 'Sekong' },
    });
    expect(at.distanceToNationalBorderKm).toBeGreaterThan(20);
  });

  it.each([
    ['the East Sea', 17.0, 108.5],
    ['Bangkok, Thailand', 13.75, 100.5],
  ])('refuses a point in %s with 422 naming lat and lon', async (_where, lat, lon) => {
    const res = await api.get(`/api/geo/locate?lat=${lat}&lon=${lon}`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'point_outside_coverage',
      errors: [{ path: 'lat' }, { path: 'lon' }],
    });
  });

  it.each(['lat=91&lon=105', 'lat=abc&lon=105', 'lon=105'])(
    'refuses malformed coordinates (%s) with 400',
    async (query) => {
      const res = await api.get(`/api/geo/locate?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^querystring\.(lat|lon)$/);
    },
  );

  it('serves simplified provinces of either structure with the neighbours and the land border', async () => {
    const current = await api.get('/api/geo/provinces.geojson?structure=current');
    expect(current.statusCode).toBe(200);
    expect(current.headers['content-type']).toMatch(/geo\+json/);
    const features = current.json().features as Feature[];
    expect(features.filter((f) => f.properties.kind === 'province')).toHaveLength(34);
    expect(features.filter((f) => f.properties.kind === 'foreign').length).toBeGreaterThan(40);
    expect(
      features.filter((f) => f.properties.kind === 'national_border').map((f) => f.properties.code),
    ).toHaveLength(3);
    expect(current.body.length).toBeLessThan(1_500_000);
    const old = (await api.get('/api/geo/provinces.geojson?structure=pre2025')).json().features as Feature[];
    expect(old.filter((f) => f.properties.kind === 'province')).toHaveLength(63);
  });

  it('serves one province with its neighbours, foreign neighbours and communes', async () => {
    const res = await api.get('/api/geo/provinces/current/48/geojson');
    expect(res.statusCode).toBe(200);
    const features = res.json().features as Feature[];
    expect(features.find((f) => f.properties.role === 'self')?.properties.code).toBe('48');
    expect(features.filter((f) => f.properties.role === 'neighbour').length).toBeGreaterThan(0);
    expect(features.some((f) => f.properties.kind === 'foreign' && f.properties.code === 'LA-XE')).toBe(true);
    expect(features.filter((f) => f.properties.kind === 'commune').length).toBeGreaterThan(50);
    const unknown = await api.get('/api/geo/provinces/current/00004/geojson');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'code', code: 'unknown_unit' });
  });
});
