import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../events/outbox.tables.ts';
import type { ApiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildUser, logInAs } from '../../test/factories.ts';
import { type AgencyRow, findAgencyWithCode } from '../agencies/index.ts';
import { hotspots, hotspotTransitions } from './hotspots.tables.ts';

/** Văn Giang (Hưng Yên), about 1.8 km from the Hà Nội boundary: inside the demo 5 km belt. */
const NEAR_HA_NOI = { lat: 20.93, lon: 105.93 };
/** Trần Lãm (Hưng Yên, formerly Thái Bình), far from Hà Nội. */
const FAR_FROM_HA_NOI = { lat: 20.45, lon: 106.35 };
const IN_SEKONG = { lat: 15.4, lon: 107.55 };
const IN_THE_SEA = { lat: 13, lon: 114 };
const MISSING = '01900000-0000-7000-8000-000000000000';

type View = Record<string, unknown> & { id: string; level: string; version: number };

describe.each(ENGINES)('drug points and hotspots on %s', (engine) => {
  let test: TestApp;
  let hungYen: AgencyRow;
  let haNoi: AgencyRow;
  let daNang: AgencyRow;
  let owner: ApiClient;
  let partner: ApiClient;
  let outsider: ApiClient;
  const agency = async (code: string) => (await findAgencyWithCode(test.deps.db, code)) as AgencyRow;
  const userAt = async (at: AgencyRow) => {
    const { user } = await buildUser(test.deps, { agency: at, roles: ['investigator'] });
    return (await logInAs(test, user.username)).api;
  };
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true, refData: true });
    [hungYen, haNoi, daNang] = [await agency('CA-HYN'), await agency('CA-HNI'), await agency('CA-DNG')];
    owner = await userAt(hungYen);
    partner = await userAt(haNoi);
    outsider = await userAt(daNang);
  }, 300_000);
  afterAll(async () => {
    await test?.close();
  });

  const record = async (body: Record<string, unknown> = {}) => {
    const response = await owner.post('/api/hotspots', {
      kind: 'hotspot',
      name: 'Tụ điểm nhà trọ ven đê',
      drugs: ['methamphetamine_crystal', 'synthetic_pills'],
      ...NEAR_HA_NOI,
      address: 'Nhà trọ ven đê, thôn thử',
      reportedOn: '2026-06-01',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as View;
  };
  const countRows = async () => (await test.deps.db.select({ id: hotspots.id }).from(hotspots)).length;
  const historyOf = async (id: string) =>
    test.deps.db.select().from(hotspotTransitions).where(eq(hotspotTransitions.hotspotId, id));

  it('places a new hotspot from its point: units, distances to the boundary and the border, zones, first lifecycle row, outbox', async () => {
    const created = await record();
    expect(created).toMatchObject({
      level: 'full',
      provinceCode: '33',
      communeCode: '12019',
      unit: { structure: 'current', code: '12019' },
      nearestProvinceCode: '01',
      status: 'reported',
      statusOn: '2026-06-01',
      recordedOn: '2026-06-01',
    });
    expect(created.distanceToProvincialBoundaryM).toBeGreaterThan(1_500);
    expect(created.distanceToProvincialBoundaryM).toBeLessThan(2_100);
    expect(created.distanceToNationalBorderM).toBeGreaterThan(100_000);
    const zones = (await owner.get('/api/geo/zones')).json().items as { id: string; name: string }[];
    const belt = zones.find((z) => z.name === 'Địa bàn giáp ranh Hà Nội - Hưng Yên');
    expect(created.zoneIds).toEqual([belt?.id]);
    const far = await record({ ...FAR_FROM_HA_NOI, reportedOn: '2024-03-01' });
    expect(far.zoneIds).toEqual([]);
    expect(far.unit).toEqual({ structure: 'pre2025', code: '34' });
    const history = (await owner.get(`/api/hotspots/${created.id}/history`)).json().items;
    expect(history).toMatchObject([{ from: null, to: 'reported', on: '2026-06-01' }]);
    const events = await test.deps.db
      .select()
      .from(outboxEvents)
      .where(eq(outboxEvents.aggregateId, created.id));
    expect(events.map((e) => e.eventType)).toEqual(['hotspot.recorded']);
  });

  it('shows a partner of the covering agreement the summary only, and hides the hotspot from every other force in reads, lists and counts', async () => {
    const created = await record({ name: 'Tụ điểm bãi sông Nghĩa Trụ' });
    const seen = (await partner.get(`/api/hotspots/${created.id}`)).json();
    expect(seen.level).toBe('summary');
    expect(seen.name).toBe('Tụ điểm bãi sông Nghĩa Trụ');
    for (const field of ['lat', 'lon', 'address', 'persons', 'description'])
      expect(seen).not.toHaveProperty(field);
    const listed = (await partner.get('/api/hotspots?q=bai song nghia tru')).json();
    expect(listed.total).toBe(1);
    expect(listed.facets.kinds).toEqual([{ value: 'hotspot', count: 1 }]);

    const hidden = await outsider.get(`/api/hotspots/${created.id}`);
    const missing = await outsider.get(`/api/hotspots/${MISSING}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe(missing.json().code);
    expect((await outsider.get(`/api/hotspots/${created.id}/history`)).statusCode).toBe(404);
    const none = (await outsider.get('/api/hotspots?q=bai song nghia tru')).json();
    expect(none.total).toBe(0);
    expect(none.items).toEqual([]);
    expect(none.facets).toEqual({ kinds: [], statuses: [], drugs: [], provinces: [] });
  });

  it('gives a pointer share no field but the owner, keeps it out of lists and refuses it the history', async () => {
    const created = await record({ ...FAR_FROM_HA_NOI, name: 'Điểm bán lẻ chợ Trần Lãm' });
    const share = await owner.post(`/api/sharing/hotspots/${created.id}/shares`, {
      recipientAgencyId: daNang.id,
      level: 'pointer',
      purpose: 'Thông báo có hồ sơ',
    });
    expect(share.statusCode, share.body).toBe(201);
    const pointer = (await outsider.get(`/api/hotspots/${created.id}`)).json();
    expect(Object.keys(pointer).sort()).toEqual(['id', 'level', 'ownerAgency']);
    expect((await outsider.get('/api/hotspots?q=cho tran lam')).json().total).toBe(0);
    expect((await outsider.get(`/api/hotspots/${created.id}/history`)).statusCode).toBe(403);
  });

  it('moves along the lifecycle, schedules the re-emergence check, and refuses forbidden moves, future days and moves out of order without saving anything', async () => {
    const created = await record({ ...FAR_FROM_HA_NOI, kind: 'point', name: 'Điểm thử vòng đời' });
    const move = (body: Record<string, unknown>) =>
      owner.post(`/api/hotspots/${created.id}/transitions`, body);
    const refused = await move({ version: 1, to: 'eliminated', on: '2026-07-01', reason: 'Triệt xóa' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'invalid_status_transition', errors: [{ path: 'to' }] });
    const future = await move({ version: 1, to: 'verified', on: '2026-11-24', reason: 'Xác minh' });
    expect(future.json()).toMatchObject({ code: 'date_in_future', errors: [{ path: 'on' }] });
    const early = await move({ version: 1, to: 'verified', on: '2026-05-31', reason: 'Xác minh' });
    expect(early.json()).toMatchObject({ code: 'transition_out_of_order', errors: [{ path: 'on' }] });
    const badDelay = await move({
      version: 1,
      to: 'verified',
      on: '2026-06-02',
      reason: 'Xác minh',
      recheckMonths: 3,
    });
    expect(badDelay.statusCode).toBe(422);
    expect((await historyOf(created.id)).length).toBe(1);
    expect((await owner.get(`/api/hotspots/${created.id}`)).json()).toMatchObject({
      version: 1,
      status: 'reported',
    });

    const verified = await move({ version: 1, to: 'verified', on: '2026-06-10', reason: 'Đã xác minh' });
    expect(verified.json()).toMatchObject({ status: 'verified', version: 2, recheckDueOn: null });
    const eliminated = await move({
      version: 2,
      to: 'eliminated',
      on: '2026-08-31',
      reason: 'Triệt xóa điểm',
    });
    expect(eliminated.json()).toMatchObject({ status: 'eliminated', recheckDueOn: '2027-02-28' });
    const due = (await owner.get('/api/hotspots/rechecks?until=2027-03-01')).json().items as { id: string }[];
    expect(due.map((d) => d.id)).toContain(created.id);
    const notYet = (await owner.get('/api/hotspots/rechecks?until=2027-02-27')).json().items as {
      id: string;
    }[];
    expect(notYet.map((d) => d.id)).not.toContain(created.id);
    expect((await partner.get('/api/hotspots/rechecks')).json().items).toEqual([]);
    const stale = await move({ version: 2, to: 'recheck', on: '2026-11-01', reason: 'Kiểm tra' });
    expect(stale.statusCode).toBe(409);
    await move({ version: 3, to: 'recheck', on: '2026-11-01', reason: 'Kiểm tra tái phát' });
    const back = await move({ version: 4, to: 'verified', on: '2026-11-20', reason: 'Phát hiện tái phát' });
    expect(back.json()).toMatchObject({ status: 'verified', recheckDueOn: null });
    const history = (await owner.get(`/api/hotspots/${created.id}/history`)).json().items;
    expect(history.map((h: { to: string }) => h.to)).toEqual([
      'reported',
      'verified',
      'eliminated',
      'recheck',
      'verified',
    ]);
    expect(history[2]).toMatchObject({ recheckDueOn: '2027-02-28', reason: 'Triệt xóa điểm' });
    expect(history[4]).toMatchObject({ reemerged: true, from: 'recheck' });
  });

  it('refuses a point outside the country, absurd values and a future report day with a clear 4xx, saving nothing', async () => {
    const before = await countRows();
    const base = { kind: 'point', name: 'Điểm không hợp lệ' };
    const abroad = await owner.post('/api/hotspots', { ...base, ...IN_SEKONG });
    expect(abroad.statusCode).toBe(422);
    expect(abroad.json()).toMatchObject({
      code: 'point_outside_country',
      errors: [{ path: 'lat' }, { path: 'lon' }],
    });
    const sea = await owner.post('/api/hotspots', { ...base, ...IN_THE_SEA });
    expect(sea.json().code).toBe('point_outside_coverage');
    const absurd = await owner.post('/api/hotspots', { ...base, lat: 200, lon: 105.9 });
    expect(absurd.statusCode).toBe(400);
    expect(absurd.json().errors[0].path).toBe('lat');
    const future = await owner.post('/api/hotspots', { ...base, ...NEAR_HA_NOI, reportedOn: '2027-01-01' });
    expect(future.json()).toMatchObject({ code: 'date_in_future', errors: [{ path: 'reportedOn' }] });
    const badDrug = await owner.post('/api/hotspots', { ...base, ...NEAR_HA_NOI, drugs: ['tea'] });
    expect(badDrug.statusCode).toBe(400);
    expect(await countRows()).toBe(before);
  });

  it('links only persons the writer may see, and names them only to viewers of the full record', async () => {
    const own = await owner.post('/api/persons', {
      fullName: 'Lê Văn Chủ Điểm',
      dataSubjectCategory: 'suspect',
    });
    const theirs = await outsider.post('/api/persons', {
      fullName: 'Trần Văn Ẩn',
      dataSubjectCategory: 'suspect',
    });
    const before = await countRows();
    const refused = await owner.post('/api/hotspots', {
      kind: 'point',
      name: 'Điểm có đối tượng lạ',
      ...NEAR_HA_NOI,
      persons: [
        { personId: own.json().id, role: 'organiser' },
        { personId: theirs.json().id, role: 'seller' },
      ],
    });
    expect(refused.json()).toMatchObject({
      code: 'unknown_person',
      errors: [{ path: 'persons.1.personId' }],
    });
    expect(await countRows()).toBe(before);
    const created = await record({ persons: [{ personId: own.json().id, role: 'organiser' }] });
    expect(created.persons).toEqual([
      { personId: own.json().id, role: 'organiser', fullName: 'Lê Văn Chủ Điểm' },
    ]);
    expect((await partner.get(`/api/hotspots/${created.id}`)).json()).not.toHaveProperty('persons');

    // The person page asks which hotspots involve the person: readers of the hotspot in full only.
    const involving = async (client: ApiClient) =>
      client.get(`/api/hotspots?person=${own.json().id}`).then((r) => r.json());
    expect((await involving(owner)).items.map((h: View) => h.id)).toEqual([created.id]);
    const share = await owner.post(`/api/sharing/persons/${own.json().id}/shares`, {
      recipientAgencyId: haNoi.id,
      level: 'summary',
      purpose: 'Phối hợp',
    });
    expect(share.statusCode, share.body).toBe(201);
    expect(await involving(partner)).toMatchObject({ items: [], total: 0 });
    expect((await outsider.get(`/api/hotspots?person=${own.json().id}`)).statusCode).toBe(404);
  });

  it('lets the owner change its hotspot, places a moved point again, and refuses other forces', async () => {
    const created = await record({ ...FAR_FROM_HA_NOI, name: 'Điểm sẽ chuyển chỗ' });
    const moved = await owner.patch(`/api/hotspots/${created.id}`, {
      version: 1,
      ...NEAR_HA_NOI,
      drugs: ['heroin'],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      provinceCode: '33',
      communeCode: '12019',
      drugs: ['heroin'],
      version: 2,
    });
    expect((moved.json().zoneIds as string[]).length).toBe(1);
    const byPartner = await partner.patch(`/api/hotspots/${created.id}`, { version: 2, name: 'Đổi tên' });
    expect(byPartner.statusCode).toBe(403);
    const move = await partner.post(`/api/hotspots/${created.id}/transitions`, {
      version: 2,
      to: 'verified',
      on: '2026-07-01',
      reason: 'Không phải đơn vị sở hữu',
    });
    expect(move.statusCode).toBe(403);
  });

  it('records commune classes for communes of the agency’s province only, without overlaps, readable by everyone', async () => {
    const body = {
      communeCode: '12019',
      drugClass: 'type_2',
      validFrom: '2025-07-01',
      decisionRef: 'Quyết định số 01/QĐ-UBND (thử)',
    };
    const created = await owner.post('/api/commune-classifications', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      communeCode: '12019',
      provinceCode: '33',
      communeName: expect.any(String),
    });
    const overlap = await owner.post('/api/commune-classifications', { ...body, validFrom: '2026-01-01' });
    expect(overlap.json()).toMatchObject({ code: 'classification_overlap' });
    const notOurs = await owner.post('/api/commune-classifications', { ...body, communeCode: '00565' });
    expect(notOurs.json()).toMatchObject({ code: 'outside_jurisdiction', errors: [{ path: 'communeCode' }] });
    const backwards = await owner.post('/api/commune-classifications', {
      ...body,
      communeCode: '12031',
      validUntil: '2025-01-01',
    });
    expect(backwards.json()).toMatchObject({ code: 'invalid_period', errors: [{ path: 'validUntil' }] });
    const listed = (await outsider.get('/api/commune-classifications?commune=12019&on=2026-01-01')).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([created.json().id]);
    const id = created.json().id;
    expect(
      (await partner.patch(`/api/commune-classifications/${id}`, { version: 1, drugClass: 'drug_free' }))
        .statusCode,
    ).toBe(403);
    const closed = await owner.patch(`/api/commune-classifications/${id}`, {
      version: 1,
      validUntil: '2026-01-01',
    });
    expect(closed.json()).toMatchObject({ validUntil: '2026-01-01', version: 2 });
    const next = await owner.post('/api/commune-classifications', {
      ...body,
      validFrom: '2026-01-01',
      drugClass: 'drug_free',
    });
    expect(next.statusCode).toBe(201);
    expect((await owner.request('DELETE', `/api/commune-classifications/${id}?version=2`)).statusCode).toBe(
      204,
    );
  });

  it('seeds the demo points and hotspots where the demo agreements and shares make them visible', async () => {
    const sekong = await agency('LA-XEKONG');
    const lao = await userAt(sekong);
    const seenByLao = (await lao.get('/api/hotspots')).json();
    expect(seenByLao.items.map((i: { name: string; level: string }) => [i.name, i.level])).toEqual([
      ['Điểm tập kết ma túy gần đường mòn biên giới xã Tây Giang', 'summary'],
    ]);
    expect(seenByLao.items[0]).toMatchObject({ nationalBorderCountry: 'LA', status: 'verified' });
    const seenByHaNoi = (await partner.get(`/api/hotspots?owner=${hungYen.id}&q=van giang`)).json();
    expect(seenByHaNoi.items).toMatchObject([{ level: 'summary', status: 'under_surveillance' }]);
    const due = (await owner.get('/api/hotspots/rechecks?until=2026-11-23')).json().items;
    expect(due).toMatchObject([
      { name: 'Điểm bán lẻ ma túy khu bãi sông xã Mễ Sở', recheckDueOn: '2026-10-15' },
    ]);
  });
});
