import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../events/outbox.tables.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { buildAgency, buildUser, logInAs } from '../../../test/factories.ts';
import { auditEvents } from '../../audit/audit.tables.ts';
import { findGroupWithCode, listGroupMemberAgencies } from '../index.ts';

type Api = Awaited<ReturnType<typeof logInAs>>['api'];
type Member = { agency: { code: string } };

describe.each(ENGINES)('clusters and routes on %s', (engine) => {
  let test: TestApp;
  let registry: Api;
  beforeAll(async () => {
    test = await startTestApp(engine, { seedDemo: true });
    const agency = await buildAgency(test.deps, { kind: 'ministry' });
    const { user } = await buildUser(test.deps, { agency, roles: ['administrator'] });
    registry = (await logInAs(test, user.username)).api;
  });
  afterAll(async () => {
    await test.close();
  });

  const groupId = async (code: string) => {
    const group = await findGroupWithCode(test.deps.db, code);
    if (!group) {
      throw new Error(`no group ${code}`);
    }
    return group.id;
  };
  const agencyId = async (code: string) =>
    ((await registry.get(`/api/agencies?q=${code}`)).json().items as { id: string; code: string }[]).find(
      (a) => a.code === code,
    )?.id;
  const codes = (members: Member[]) => members.map((m) => m.agency.code).sort();

  it('answers the chair of cluster 303 on a day, with its history', async () => {
    const id = await groupId('CUM-303');
    const in2021 = (await registry.get(`/api/groups/${id}?at=2021-01-01`)).json();
    expect(in2021).toMatchObject({
      kind: 'cluster',
      agreementRef: '303/QCPH',
      currentChair: { agency: { code: 'CA-HCM' } },
    });
    expect(in2021.members).toHaveLength(7);
    const in2023 = (await registry.get(`/api/groups/${id}?at=2023-01-01`)).json();
    expect(in2023.currentChair).toMatchObject({
      agency: { code: 'CA-BRV' },
      startsOn: '2022-09-12',
      handover: { conferenceDate: '2022-09-12' },
    });
    expect(in2023.chairTerms).toMatchObject([
      { agency: { code: 'CA-HCM' }, startsOn: '2020-10-29', endsOn: '2022-09-12' },
      { agency: { code: 'CA-BRV' }, startsOn: '2022-09-12', endsOn: null },
    ]);
  });

  it('refuses an overlapping chair term with the field at fault, and records a handover', async () => {
    const id = await groupId('CUM-303');
    const { version } = (await registry.get(`/api/groups/${id}`)).json();
    const dongNai = await agencyId('CA-DNI');
    const inside = await registry.post(`/api/groups/${id}/chair-terms`, {
      version,
      agencyId: dongNai,
      startsOn: '2021-05-01',
      endsOn: '2021-06-01',
    });
    expect(inside.statusCode).toBe(422);
    expect(inside.json()).toMatchObject({ code: 'chair_terms_overlap', errors: [{ path: 'startsOn' }] });
    const before = await registry.post(`/api/groups/${id}/chair-terms`, {
      version,
      agencyId: dongNai,
      startsOn: '2020-11-01',
      endsOn: '2023-01-01',
    });
    expect(before.json()).toMatchObject({ code: 'chair_terms_overlap', errors: [{ path: 'startsOn' }] });
    const notMember = await registry.post(`/api/groups/${id}/chair-terms`, {
      version,
      agencyId: await agencyId('CA-HNI'),
      startsOn: '2024-01-01',
    });
    expect(notMember.json()).toMatchObject({ code: 'chair_not_member', errors: [{ path: 'agencyId' }] });
    const stale = await registry.post(`/api/groups/${id}/chair-terms`, {
      version: 1,
      agencyId: dongNai,
      startsOn: '2024-01-01',
    });
    expect(stale.statusCode).toBe(409);
    const handover = await registry.post(`/api/groups/${id}/chair-terms`, {
      version,
      agencyId: dongNai,
      startsOn: '2024-01-01',
      handover: { conferenceName: 'Hội nghị thử', conferencePlace: 'Đồng Nai' },
    });
    expect(handover.statusCode).toBe(201);
    const after = handover.json();
    expect(after.version).toBe(version + 1);
    expect(after.chairTerms.at(-2)).toMatchObject({ agency: { code: 'CA-BRV' }, endsOn: '2024-01-01' });
    expect((await registry.get(`/api/groups/${id}?at=2024-06-01`)).json().currentChair.agency.code).toBe(
      'CA-DNI',
    );
    const events = await test.deps.db.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, id));
    expect(events.map((e) => e.eventType).filter((t) => t === 'group.chair_handover')).toHaveLength(3);
    const audit = await test.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectIds, [id]));
    expect(audit.at(-1)).toMatchObject({ action: 'update', detail: 'group.chair_handover' });
  });

  it('gives the North-West route’s members on a day: six forces in 2023, four today', async () => {
    const id = await groupId('TUYEN-TAY-BAC');
    const in2023 = (await registry.get(`/api/groups/${id}?at=2023-06-20`)).json();
    expect(codes(in2023.members)).toEqual(['CA-DBN', 'CA-HBH', 'CA-LCI', 'CA-LCU', 'CA-SLA', 'CA-YBI']);
    const today = (await registry.get(`/api/groups/${id}`)).json();
    expect(codes(today.members)).toEqual(['CA-DBN', 'CA-LCI', 'CA-LCU', 'CA-SLA']);
    expect(today.currentChair).toBeNull();
    const yenBai = today.memberships.find((m: Member) => m.agency.code === 'CA-YBI');
    expect(yenBai.agency.status).toBe('dissolved');
    const detail = (await registry.get(`/api/agencies/${yenBai.agency.id}`)).json();
    expect(detail.successors).toMatchObject([{ agency: { code: 'CA-LCI' } }]);
    const addressees = await listGroupMemberAgencies(test.deps.db, id, '2023-06-20');
    expect(addressees.map((a) => a.code)).toContain('CA-YBI');
    const route = await registry.post(`/api/groups/${id}/chair-terms`, {
      version: today.version,
      agencyId: await agencyId('CA-LCU'),
      startsOn: '2026-01-01',
    });
    expect(route.json().code).toBe('group_not_cluster');
  });

  it('creates a group, adds members, refuses overlapping memberships, and is closed to other administrators', async () => {
    const created = await registry.post('/api/groups', {
      kind: 'route',
      code: 'TUYEN-THU',
      nameVi: 'Tuyến thử',
    });
    expect(created.statusCode).toBe(201);
    const group = created.json();
    const taken = await registry.post('/api/groups', { kind: 'route', code: 'TUYEN-THU', nameVi: 'Trùng' });
    expect(taken.json()).toMatchObject({ code: 'group_code_taken', errors: [{ path: 'code' }] });
    const hungYen = await agencyId('CA-HYN');
    const added = await registry.post(`/api/groups/${group.id}/members`, {
      version: 1,
      agencyId: hungYen,
      validFrom: '2024-01-01',
    });
    expect(added.statusCode).toBe(201);
    const again = await registry.post(`/api/groups/${group.id}/members`, {
      version: 2,
      agencyId: hungYen,
      validFrom: '2025-01-01',
    });
    expect(again.json()).toMatchObject({ code: 'membership_overlap', errors: [{ path: 'validFrom' }] });
    const membership = added.json().memberships[0];
    const ended = await registry.patch(`/api/groups/${group.id}/members/${membership.id}`, {
      version: 2,
      validUntil: '2025-01-01',
    });
    expect(ended.json().members).toEqual([]);
    const unknown = await registry.post(`/api/groups/${group.id}/members`, {
      version: 3,
      agencyId: '01900000-0000-7000-8000-000000000000',
    });
    expect(unknown.json()).toMatchObject({ code: 'unknown_agency', errors: [{ path: 'agencyId' }] });
    const bad = await registry.post('/api/groups', { kind: 'team', code: '', nameVi: 'X', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['code', 'extra', 'kind']);

    const { user } = await buildUser(test.deps, { roles: ['administrator'] });
    const provincial = (await logInAs(test, user.username)).api;
    expect((await provincial.get(`/api/groups/${group.id}`)).json().abilities).toEqual({
      canEditRegistry: false,
    });
    const refused = await provincial.patch(`/api/groups/${group.id}`, { version: 3, nameVi: 'Đổi tên' });
    expect(refused.statusCode).toBe(403);
    const list = (await provincial.get('/api/groups?q=tuyen')).json().items as { code: string }[];
    expect(list.map((g) => g.code)).toEqual(['TUYEN-TAY-BAC', 'TUYEN-THU']);
  });
});
