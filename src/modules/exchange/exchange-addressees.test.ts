import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { type AgencyRow, findAgencyWithCode } from '../agencies/index.ts';
import { userOf } from './exchange.test-kit.ts';

/** Văn Giang (Hưng Yên), inside the demo belt along the Hà Nội boundary. */
const NEAR_HA_NOI = { lat: 20.93, lon: 105.93 };
/** Trần Lãm (Hưng Yên), far from every demo zone. */
const FAR_FROM_HA_NOI = { lat: 20.45, lon: 106.35 };

type Suggestions = {
  zones: { id: string; name: string }[];
  suggestions: { agency: { id: string }; agreements: { id: string; title: string }[] }[];
};

describe.each(ENGINES)('addressing by place on %s', (engine) => {
  let test: TestApp;
  let hungYen: ApiClient;
  let haNoi: ApiClient;
  let daNang: ApiClient;
  let ids: Record<'hungYen' | 'haNoi', string>;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true, refData: true, demoMode: true });
    const agency = async (code: string) => (await findAgencyWithCode(test.deps.db, code)) as AgencyRow;
    const [hy, hn, dn] = [await agency('CA-HYN'), await agency('CA-HNI'), await agency('CA-DNG')];
    ids = { hungYen: hy.id, haNoi: hn.id };
    hungYen = (await userOf(test, hy)).api;
    haNoi = (await userOf(test, hn)).api;
    daNang = (await userOf(test, dn)).api;
  }, 300_000);
  afterAll(async () => {
    await test?.close();
  });

  const suggest = async (api: ApiClient, query: Record<string, string | number>) => {
    const search = new URLSearchParams(
      Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
    );
    const response = await api.get(`/api/messages/addressees?${search.toString()}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Suggestions;
  };

  it('suggests the other parties of the sender’s agreements covering a zone that holds the point', async () => {
    const fromHungYen = await suggest(hungYen, NEAR_HA_NOI);
    expect(fromHungYen.zones.map((z) => z.name)).toContain('Địa bàn giáp ranh Hà Nội - Hưng Yên');
    expect(fromHungYen.suggestions.map((s) => s.agency.id)).toEqual([ids.haNoi]);
    expect(fromHungYen.suggestions[0]?.agreements.length).toBeGreaterThan(0);
    const fromHaNoi = await suggest(haNoi, NEAR_HA_NOI);
    expect(fromHaNoi.suggestions.map((s) => s.agency.id)).toEqual([ids.hungYen]);
  });

  it('suggests the same forces for the commune that holds the point', async () => {
    const byUnit = await suggest(hungYen, { structure: 'current', unitCode: '12019' });
    expect(byUnit.suggestions.map((s) => s.agency.id)).toEqual([ids.haNoi]);
  });

  it('suggests nobody for a place in no zone, or to a force party to no agreement covering it', async () => {
    expect(await suggest(hungYen, FAR_FROM_HA_NOI)).toEqual({ zones: [], suggestions: [] });
    const outsider = await suggest(daNang, NEAR_HA_NOI);
    expect(outsider.zones.length).toBeGreaterThan(0);
    expect(outsider.suggestions).toEqual([]);
  });

  it.each([
    ['a point and a unit at once', '?lat=20.93&lon=105.93&unitCode=12019', 400, 'querystring.unitCode'],
    ['no place', '', 400, 'querystring.unitCode'],
    ['half a point', '?lat=20.93', 400, 'querystring.lon'],
    ['a point in the sea', '?lat=13&lon=114', 422, 'lat'],
    ['a unit that does not exist', '?unitCode=99999', 422, 'unitCode'],
  ])('refuses %s with the field at fault', async (_name, query, status, path) => {
    const response = await hungYen.get(`/api/messages/addressees${query}`);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
