import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api.ts';
import { ENGINES } from '../../test/db.ts';
import { type CasesWorld, created, startCasesWorld } from '../cases/cases-test-world.ts';
import type { MapFeatures } from './map.schemas.ts';

// Hưng Yên, inside the Hà Nội - Hưng Yên border zone; the test's records all lie in October 2026.
const NEAR_HA_NOI = { lat: 20.93456, lon: 105.93789 };
const OCTOBER = 'from=2026-10-01&to=2026-10-31';
const RECORD_PATHS = { point: 'hotspots', hotspot: 'hotspots', case: 'cases', seizure: 'seizures' } as const;
const snapped = (value: number) => Math.round(value * 100) / 100;

describe.each(ENGINES)('the operations map through the sharing policy on %s', (engine) => {
  let w: CasesWorld;
  const mine: { kind: keyof typeof RECORD_PATHS; id: string }[] = [];
  beforeAll(async () => {
    w = await startCasesWorld(engine);
    const hotspot = (kind: 'point' | 'hotspot', name: string) =>
      created(w.owner, '/api/hotspots', {
        kind,
        name,
        ...NEAR_HA_NOI,
        drugs: ['heroin'],
        reportedOn: '2026-10-03',
      });
    mine.push({ kind: 'point', id: (await hotspot('point', 'Điểm bán lẻ ven đê')).id });
    mine.push({ kind: 'hotspot', id: (await hotspot('hotspot', 'Tụ điểm nhà trọ ven đê')).id });
    const kase = await created(w.owner, '/api/cases', {
      kind: 'incident',
      title: 'Bắt quả tang mua bán trái phép chất ma túy',
      occurredOn: '2026-10-04',
      place: { structure: 'current', unitCode: w.beltCommune, ...NEAR_HA_NOI },
      offence: 'blhs-251',
    });
    mine.push({ kind: 'case', id: kase.id });
    const seizure = await created(w.owner, `/api/cases/${kase.id}/seizures`, {
      seizedOn: '2026-10-04',
      substance: 'heroin',
      quantity: 0.25,
      unit: 'kg',
    });
    mine.push({ kind: 'seizure', id: seizure.id });
  }, 180_000);
  afterAll(async () => {
    await w?.test.close();
  });

  const features = async (client: ApiClient, query = OCTOBER) => {
    const response = await client.get(`/api/map/features?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MapFeatures;
  };
  const levelOf = async (client: ApiClient, kind: keyof typeof RECORD_PATHS, id: string) => {
    const response = await client.get(`/api/${RECORD_PATHS[kind]}/${id}`);
    return response.statusCode === 404 ? 'none' : (response.json().level as string);
  };
  const positionOf = async (client: ApiClient, kind: keyof typeof RECORD_PATHS, id: string) => {
    const view = (await client.get(`/api/${RECORD_PATHS[kind]}/${id}`)).json();
    return view.place ? { lat: view.place.lat, lon: view.place.lon } : { lat: view.lat, lon: view.lon };
  };

  /** Every feature drawn is one the user reads at summary or above, exactly where full, snapped where summary. */
  const expectAgreesWithRecordReads = async (client: ApiClient, map: MapFeatures) => {
    for (const [i, id] of map.ids.entries()) {
      const kind = map.kindNames[map.kinds[i] as number] as keyof typeof RECORD_PATHS;
      const level = await levelOf(client, kind, id);
      expect(['summary', 'full'], `${kind} ${id}`).toContain(level);
      if (kind === 'seizure') continue; // placed at its case: checked with the case below
      expect(map.exact[i]).toBe(level === 'full' ? 1 : 0);
      if (level === 'full') {
        expect({ lat: map.lat[i], lon: map.lon[i] }).toEqual(await positionOf(client, kind, id));
      }
    }
  };

  it('shows the owner every record it placed, exactly, with counts per kind', async () => {
    const map = await features(w.owner);
    for (const record of mine) expect(map.ids).toContain(record.id);
    const i = map.ids.indexOf(mine[0]?.id as string);
    expect([map.lat[i], map.lon[i], map.exact[i]]).toEqual([NEAR_HA_NOI.lat, NEAR_HA_NOI.lon, 1]);
    for (const kind of ['point', 'hotspot', 'case', 'seizure'] as const) {
      expect(map.counts[kind]).toBe(map.kinds.filter((k) => map.kindNames[k] === kind).length);
    }
    await expectAgreesWithRecordReads(w.owner, map);
  });

  it('gives the partner only what it reads at summary or above, and a summary only at a snapped point', async () => {
    const map = await features(w.partner);
    await expectAgreesWithRecordReads(w.partner, map);
    for (const record of mine) {
      const level = await levelOf(w.partner, record.kind, record.id);
      if (record.kind !== 'seizure')
        expect(map.ids.includes(record.id)).toBe(level === 'summary' || level === 'full');
    }
    // The agreement gives the partner the hotspots as a summary and the case as a pointer (docs/hotspots.md, cases).
    const point = map.ids.indexOf(mine[0]?.id as string);
    expect(point).toBeGreaterThanOrEqual(0);
    expect([map.lat[point], map.lon[point], map.exact[point]]).toEqual([
      snapped(NEAR_HA_NOI.lat),
      snapped(NEAR_HA_NOI.lon),
      0,
    ]);
    expect(map.ids).not.toContain(mine[2]?.id);
    expect(map.ids).not.toContain(mine[3]?.id);
    // A box around the exact point that misses the snapped one finds nothing: boxes cannot narrow a summary down.
    const tight = `${OCTOBER}&bbox=${NEAR_HA_NOI.lon - 0.001},${NEAR_HA_NOI.lat - 0.001},${NEAR_HA_NOI.lon + 0.001},${NEAR_HA_NOI.lat + 0.001}`;
    expect((await features(w.partner, tight)).ids).not.toContain(mine[0]?.id);
    expect((await features(w.owner, tight)).ids).toContain(mine[0]?.id);
  });

  it("never shows another force's unshared records, nor counts them; a pointer share gives no position", async () => {
    const before = await features(w.outsider, '');
    expect(before.ids).toEqual([]);
    expect(before.counts).toEqual({ point: 0, hotspot: 0, case: 0, seizure: 0 });
    const share = (kind: string, id: string, level: string) =>
      w.owner.post(`/api/sharing/${kind}/${id}/shares`, {
        recipientAgencyId: w.outsiderAgency.id,
        level,
        purpose: 'Phối hợp xác minh',
      });
    expect((await share('hotspots', mine[1]?.id as string, 'pointer')).statusCode).toBe(201);
    expect((await share('cases', mine[2]?.id as string, 'full')).statusCode).toBe(201);
    const after = await features(w.outsider, '');
    // The case in full; its seizure is not shared, and the pointer-shared hotspot has no place on a map.
    expect(after.ids).toEqual([mine[2]?.id]);
    expect(after.counts).toEqual({ point: 0, hotspot: 0, case: 1, seizure: 0 });
    await expectAgreesWithRecordReads(w.outsider, after);
  });

  it('filters by kind, status, drug, zone and period', async () => {
    const only = async (query: string) => (await features(w.owner, `${OCTOBER}&${query}`)).ids;
    expect(await only('kinds=point')).toContain(mine[0]?.id);
    expect(await only('kinds=point')).not.toContain(mine[1]?.id);
    expect(await only('status=reported')).toEqual(expect.arrayContaining([mine[0]?.id, mine[1]?.id]));
    expect(await only('status=open')).toContain(mine[2]?.id);
    expect(await only('drug=heroin')).toEqual(expect.arrayContaining([mine[0]?.id, mine[3]?.id]));
    expect(await only('drug=cannabis')).not.toContain(mine[0]?.id);
    expect((await features(w.owner, 'from=2026-10-05&to=2026-10-31')).ids).not.toContain(mine[0]?.id);
    const zone = await w.owner.get(`/api/hotspots/${mine[0]?.id}`);
    expect(await only(`zone=${zone.json().zoneIds[0]}`)).toContain(mine[0]?.id);
    expect(await only('zone=01900000-0000-7000-8000-000000000000')).toEqual([]);
  });

  it('refuses bad input with the field at fault and needs a login', async () => {
    for (const [query, path] of [
      ['bbox=1,2,3', 'bbox'],
      ['bbox=106,21,105,20', 'bbox'],
      ['kinds=mosque', 'kinds.0'],
      ['from=2026-10-10&to=2026-10-01', 'to'],
      ['zone=nope', 'zone'],
      ['colour=red', ''],
    ] as const) {
      const response = await w.owner.get(`/api/map/features?${query}`);
      expect(response.statusCode, query).toBe(400);
      if (path)
        expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(`querystring.${path}`);
    }
    expect((await w.test.app.inject({ method: 'GET', url: '/api/map/features' })).statusCode).toBe(401);
  });
});
