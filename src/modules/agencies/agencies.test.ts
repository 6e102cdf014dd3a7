import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-data.ts';
import { outboxEvents } from '../../events/outbox.tables.ts';
import { apiClient } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { ENGINES } from '../../test/db.ts';
import { buildAgency, buildUser, type LoggedIn, logInAs } from '../../test/factories.ts';
import { auditEvents } from '../audit/audit.tables.ts';

describe.each(ENGINES)('the agency registry on %s', (engine) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true });
  });
  afterAll(async () => {
    await test.close();
  });

  const registryAdmin = async () => {
    const agency = await buildAgency(test.deps, { kind: 'ministry' });
    const { user } = await buildUser(test.deps, { agency, roles: ['administrator'] });
    return (await logInAs(test, user.username)).api;
  };
  const provincialAdmin = async () => {
    const { user, agency } = await buildUser(test.deps, { roles: ['administrator'] });
    return { api: (await logInAs(test, user.username)).api, agency };
  };
  const sessions = new Map<string, LoggedIn>();
  /** A demo account's session, logged in once: its second factor cannot be replayed within the same step. */
  const demoUser = async (username: string): Promise<LoggedIn> => {
    const known = sessions.get(username) ?? (await logInAs(test, username, { password: DEMO_PASSWORD }));
    sessions.set(username, known);
    return known;
  };
  const findByCode = async (api: Awaited<ReturnType<typeof registryAdmin>>, code: string) => {
    const items = (await api.get(`/api/agencies?q=${code}`)).json().items as { id: string; code: string }[];
    const found = items.find((item) => item.code === code);
    if (!found) {
      throw new Error(`no agency ${code}`);
    }
    return found;
  };
  const changesOf = async (objectId: string) => ({
    events: (
      await test.deps.db.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, objectId))
    ).map((e) => e.eventType),
    audit: (
      await test.deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.objectIds, [objectId]))
    ).map((a) => a.detail),
  });

  it('answers 401 without a session', async () => {
    const anonymous = apiClient(test.app);
    expect((await anonymous.get('/api/agencies')).statusCode).toBe(401);
    expect((await anonymous.get('/api/groups')).statusCode).toBe(401);
  });

  it('searches without diacritics and sorts in Vietnamese order, with filters', async () => {
    const { api } = await demoUser('lienlac.hungyen');
    const found = (await api.get('/api/agencies?q=cong%20an%20tinh%20hung%20yen')).json();
    expect(found.items.map((a: { code: string }) => a.code)).toEqual(['CA-HYN']);
    expect(found.items[0].nameVi).toBe('Công an tỉnh Hưng Yên');
    const divisions = (await api.get('/api/agencies?kind=division')).json().items as { nameVi: string }[];
    expect(divisions.map((d) => d.nameVi)).toEqual([
      'Phòng Cảnh sát hình sự, Công an thành phố Cần Thơ',
      'Phòng Cảnh sát hình sự, Công an tỉnh An Giang',
      'Phòng Cảnh sát hình sự, Công an tỉnh Cà Mau',
      'Phòng Cảnh sát hình sự, Công an tỉnh Đồng Tháp',
    ]);
    const lao = (await api.get('/api/agencies?country=LA')).json().items;
    expect(lao).toMatchObject([
      { code: 'LA-XEKONG', nameLocal: 'ກອງບັນຊາການ ປກສ ແຂວງເຊກອງ', localLanguage: 'lo' },
    ]);
    const dongThap = (await api.get('/api/agencies?province=82&structure=current&at=2026-01-01')).json()
      .items;
    expect(dongThap.map((a: { code: string }) => a.code).sort()).toEqual(['CA-DTP', 'CA-DTP-CSHS']);
    const dongThapThen = (await api.get('/api/agencies?province=82&at=2023-01-01')).json().items;
    expect(dongThapThen.map((a: { code: string }) => a.code)).toEqual(['CA-TGG']);
    const bad = await api.get('/api/agencies?kind=police&limit=0');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.kind', 'querystring.limit']);
  });

  it('shows a merged force with its successor, and the successor with its predecessors', async () => {
    const { api } = await demoUser('lienlac.hungyen');
    const yenBai = await findByCode(api, 'CA-YBI');
    const then = (await api.get(`/api/agencies/${yenBai.id}?at=2023-06-20`)).json();
    expect(then).toMatchObject({
      status: 'active',
      validUntil: '2025-07-01',
      jurisdiction: { structure: 'pre2025' },
    });
    expect(then.jurisdiction.units).toMatchObject([{ structure: 'pre2025', unitCode: '15', derived: false }]);
    expect(then.successors).toMatchObject([
      { kind: 'merged_into', date: '2025-07-01', agency: { code: 'CA-LCI' } },
    ]);
    const now = (await api.get(`/api/agencies/${yenBai.id}`)).json();
    expect(now.status).toBe('dissolved');
    const laoCai = (await api.get(`/api/agencies/${then.successors[0].agency.id}`)).json();
    expect(laoCai.jurisdiction).toMatchObject({ structure: 'current', units: [{ unitCode: '15' }] });
    expect(laoCai.predecessors).toMatchObject([{ kind: 'merged_into', agency: { code: 'CA-YBI' } }]);
    const laoCaiThen = (await api.get(`/api/agencies/${laoCai.id}?at=2023-06-20`)).json();
    expect(laoCaiThen.jurisdiction.units).toMatchObject([{ structure: 'pre2025', unitCode: '10' }]);
    const agGiang = await findByCode(api, 'CA-AGG');
    const detail = (await api.get(`/api/agencies/${agGiang.id}`)).json();
    expect(detail.children).toMatchObject([{ code: 'CA-AGG-CSHS', kind: 'division' }]);
    expect((await api.get('/api/agencies/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lets the registry create and update an agency, with outbox and audit, and 409 on a stale version', async () => {
    const api = await registryAdmin();
    const parent = await findByCode(api, 'CA-HYN');
    const res = await api.post('/api/agencies', {
      code: 'CA-HYN-MATUY',
      kind: 'division',
      nameVi: 'Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Hưng Yên',
      parentId: parent.id,
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ version: 1, parent: { code: 'CA-HYN' }, country: 'VN' });
    const taken = await api.post('/api/agencies', {
      code: 'CA-HYN-MATUY',
      kind: 'provincial',
      nameVi: 'Trùng',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'agency_code_taken', errors: [{ path: 'code' }] });
    const orphan = await api.post('/api/agencies', {
      code: 'CA-X-CSHS',
      kind: 'division',
      nameVi: 'Không cấp trên',
    });
    expect(orphan.json()).toMatchObject({ code: 'invalid_parent', errors: [{ path: 'parentId' }] });
    const updated = await api.patch(`/api/agencies/${created.id}`, {
      version: 1,
      nameEn: 'Drug Police Division',
    });
    expect(updated.json()).toMatchObject({ version: 2, nameEn: 'Drug Police Division' });
    const stale = await api.patch(`/api/agencies/${created.id}`, { version: 1, nameEn: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const badPeriod = await api.patch(`/api/agencies/${created.id}`, {
      version: 2,
      validFrom: '2024-01-01',
      validUntil: '2023-01-01',
    });
    expect(badPeriod.json()).toMatchObject({ code: 'invalid_period', errors: [{ path: 'validUntil' }] });
    const badInput = await api.post('/api/agencies', { code: 'x', kind: 'police', nameVi: '' });
    expect(badInput.statusCode).toBe(400);
    expect(
      badInput
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['code', 'kind', 'nameVi']);
    expect(await changesOf(created.id)).toEqual({
      events: ['agency.create', 'agency.update'],
      audit: ['agency.create', 'agency.update'],
    });
  });

  it('forbids a provincial administrator the registry but lets it keep its own contacts', async () => {
    const { api, agency } = await provincialAdmin();
    const create = await api.post('/api/agencies', {
      code: 'CA-KHONG',
      kind: 'provincial',
      nameVi: 'Không được',
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().code).toBe('forbidden');
    const contact = await api.post(`/api/agencies/${agency.id}/contacts`, {
      kind: 'liaison_officer',
      name: 'Lê Văn Thử',
      rank: 'Thiếu tá',
      phone: '+84 000 000 999',
      email: 'lienlac@giapranh.example',
      languages: ['vi', 'lo'],
    });
    expect(contact.statusCode).toBe(201);
    const made = contact.json();
    expect(made).toMatchObject({ version: 1, languages: ['vi', 'lo'], agencyId: agency.id });
    const renamed = await api.patch(`/api/agencies/${agency.id}/contacts/${made.id}`, {
      version: 1,
      title: 'Đội trưởng',
    });
    expect(renamed.json()).toMatchObject({ version: 2, title: 'Đội trưởng' });
    const stale = await api.patch(`/api/agencies/${agency.id}/contacts/${made.id}`, {
      version: 1,
      title: 'Cũ',
    });
    expect(stale.statusCode).toBe(409);
    const badEmail = await api.post(`/api/agencies/${agency.id}/contacts`, {
      kind: 'duty_desk',
      name: 'Trực ban',
      email: 'không',
    });
    expect(badEmail.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'email' }] });

    const other = await provincialAdmin();
    const foreignEdit = await other.api.patch(`/api/agencies/${agency.id}/contacts/${made.id}`, {
      version: 2,
      title: 'X',
    });
    expect(foreignEdit.statusCode).toBe(403);
    const foreignAdd = await other.api.post(`/api/agencies/${agency.id}/contacts`, {
      kind: 'duty_desk',
      name: 'X',
    });
    expect(foreignAdd.statusCode).toBe(403);
    const seen = (await other.api.get(`/api/agencies/${agency.id}/contacts`)).json().items;
    expect(seen).toMatchObject([{ id: made.id, title: 'Đội trưởng' }]);

    const removed = await api.request('DELETE', `/api/agencies/${agency.id}/contacts/${made.id}?version=2`);
    expect(removed.statusCode).toBe(204);
    expect(await changesOf(made.id)).toMatchObject({
      events: ['agency.contact_create', 'agency.contact_update', 'agency.contact_delete'],
      audit: ['agency.contact_create', 'agency.contact_update', null, 'agency.contact_delete'],
    });
  });

  it('shows the demo contacts of an agency in its detail and audits that read', async () => {
    const { api } = await demoUser('lienlac.danang');
    const sekong = await findByCode(api, 'LA-XEKONG');
    const detail = (await api.get(`/api/agencies/${sekong.id}`)).json();
    expect(detail.contacts).toMatchObject([{ kind: 'liaison_officer', languages: ['lo', 'vi'] }]);
    expect(detail.abilities).toEqual({ canEditRegistry: false, canManageContacts: false });
    const reads = await test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectOwnerAgencyId, sekong.id));
    expect(reads.some((row) => row.action === 'read' && row.objectType === 'agency_contact')).toBe(true);
  });
});
